using System.Text;
using System.Text.RegularExpressions;

namespace KitaBot.BrowserTests;

/// <summary>
/// Test instrument standing in for the family's mailbox: the bot's own outbox dispatcher delivers e-mails as
/// <c>.eml</c> files into the pickup folder, and this reads the newest one-time code sent to an address from there.
/// </summary>
public sealed partial class VerificationCodeMailbox(string pickupFolder)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>The code in the newest e-mail to <paramref name="email"/>, waiting for the dispatcher to deliver it.</summary>
    public async Task<string> NewestCodeAsync(string email)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var code = Directory.Exists(pickupFolder)
                ? new DirectoryInfo(pickupFolder).EnumerateFiles("*.eml")
                    .OrderByDescending(file => file.LastWriteTimeUtc)
                    .Select(file => CodeIn(File.ReadAllText(file.FullName), email))
                    .FirstOrDefault(found => found is not null)
                : null;
            if (code is not null)
            {
                return code;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException("No verification code was delivered to the address the test used.");
            }

            // Condition wait: the dispatcher writes the file moments after the bot asked for the code.
            await Task.Delay(50);
        }
    }

    private static string? CodeIn(string message, string email)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0 || !message[..split].Contains($"<{email}>", StringComparison.OrdinalIgnoreCase)
            && !message[..split].Contains($"To: {email}", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = Encoding.UTF8.GetString(Convert.FromBase64String(message[(split + 4)..].Replace("\r\n", string.Empty, StringComparison.Ordinal).Trim()));
        return SixDigits().Match(body) is { Success: true } match ? match.Value : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
