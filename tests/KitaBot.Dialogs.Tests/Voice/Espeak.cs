using System.Diagnostics;
using System.Text;
using KitaBot.Dialogs.Localization;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

/// <summary>
/// Renders SSML to a WAV file with Debian's <c>espeak-ng</c> (installed by test.sh), as a real speech engine reading
/// our <c>speak</c> values. espeak-ng's voice names differ from Azure's, so its voice is chosen by language code and
/// the SSML is given as is (<c>-m</c>).
/// </summary>
public static class Espeak
{
    private const string Executable = "/usr/bin/espeak-ng";

    /// <summary>Renders and asserts a RIFF/WAVE file with a non-empty data chunk; returns the audio's byte count.</summary>
    public static async Task<int> AssertRendersAsync(string ssml, Language language)
    {
        Assert.True(File.Exists(Executable), "espeak-ng is missing: install the Debian package espeak-ng (test.sh does).");
        var directory = Directory.CreateTempSubdirectory("kitabot-espeak-");
        try
        {
            var input = Path.Combine(directory.FullName, "speak.ssml");
            var output = Path.Combine(directory.FullName, "speak.wav");
            await File.WriteAllTextAsync(input, ssml, new UTF8Encoding(false));
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-m", "-v", LanguageInfo.Of(language).Code, "-w", output, "-f", input })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"espeak-ng failed ({process.ExitCode}): {await errors}");
            Assert.Equal(string.Empty, (await errors).Trim());

            var wav = await File.ReadAllBytesAsync(output);
            Assert.True(wav.Length > 44, "The WAV file has no audio.");
            Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
            Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
            Assert.Equal("fmt ", Encoding.ASCII.GetString(wav, 12, 4));
            var dataAt = IndexOf(wav, "data"u8);
            Assert.True(dataAt > 0, "The WAV file has no data chunk.");
            var dataLength = BitConverter.ToInt32(wav, dataAt + 4);
            Assert.True(dataLength > 0, "The WAV data chunk is empty.");
            return dataLength;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
