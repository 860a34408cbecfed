using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace KitaBot.Channels.DirectLine;

/// <summary>The HMAC key for Direct Line tokens: from configuration, or generated once and kept in the data folder.</summary>
internal sealed class DirectLineSigningKey
{
    private const string KeyFileName = "directline-signing.key";
    private const int MinimumKeyBytes = 32;

    public DirectLineSigningKey(IOptions<DirectLineOptions> options, DirectLineDataFolder dataFolder, ILogger<DirectLineSigningKey> logger)
    {
        var configured = options.Value.SigningKey;
        byte[] key;
        if (!string.IsNullOrEmpty(configured))
        {
            key = Encoding.UTF8.GetBytes(configured);
            if (key.Length < MinimumKeyBytes)
            {
                throw new InvalidOperationException($"DirectLine:SigningKey must be at least {MinimumKeyBytes} bytes long.");
            }
        }
        else
        {
            key = LoadOrCreate(Path.Combine(dataFolder.Path, KeyFileName));
            logger.LogInformation("Direct Line tokens are signed with the generated key in the data folder.");
        }

        Key = new SymmetricSecurityKey(key);
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, Encoding.ASCII, fileOptions))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        // Two instances starting together: the first rename wins and both use the file's content.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
