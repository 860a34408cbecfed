using System.Globalization;
using System.Text.Json;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Cli;

/// <summary>
/// The <c>recognize</c> verb: reads JSON Lines ({"id","text","culture","reference","choices"}) and writes one
/// JSON line per input line, in order. <c>--mode dates|numbers|yesno|choices|email|phone|postcode</c> picks the
/// recognizer (default dates). A bad line yields {"id":…,"error":"…"} and processing continues.
/// Exit code 0 after all lines, 2 for bad arguments, 130 when cancelled.
/// </summary>
public static class RecognizeCommand
{
    public const string Verb = "recognize";

    private const int UsageExitCode = 2;
    private const int CancelledExitCode = 130;
    private const string BerlinTimeZone = "Europe/Berlin";

    public static Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, CancellationToken ct) =>
        RunAsync(args, input, output, error, TimeProvider.System, ct);

    internal static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        var modes = RecognizeModes.Create();
        if (!TryParseMode(args, out var modeName, out var usageProblem) || !modes.TryGetValue(modeName, out var mode))
        {
            await error.WriteLineAsync(usageProblem ?? $"recognize: unknown or unavailable mode '{modeName}'.");
            await error.WriteLineAsync(Usage(modes.Keys));
            return UsageExitCode;
        }

        try
        {
            while (await input.ReadLineAsync(ct) is { } text)
            {
                var response = Process(text, mode, time);
                await output.WriteLineAsync(JsonSerializer.Serialize(response, RecognizeJsonContext.Default.RecognizeResponse));
                await output.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return CancelledExitCode;
        }

        return 0;
    }

    private static RecognizeResponse Process(string text, IModeWriter mode, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RecognizeResponse.Failure(null, "empty line; expected a JSON object");
        }

        RecognizeRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(text, RecognizeJsonContext.Default.RecognizeRequest);
        }
        catch (JsonException exception)
        {
            return RecognizeResponse.Failure(TryReadId(text), $"invalid JSON line (position {exception.BytePositionInLine ?? 0}); expected {{\"id\":…,\"text\":…}}");
        }

        if (request is null)
        {
            return RecognizeResponse.Failure(null, "expected a JSON object");
        }

        if (request.Text is null)
        {
            return RecognizeResponse.Failure(request.Id, "missing \"text\"");
        }

        var language = request.Culture is null ? Language.German : LanguageInfo.FromLocale(request.Culture)?.Language;
        if (language is null)
        {
            return RecognizeResponse.Failure(request.Id, $"unsupported culture; use one of {string.Join(", ", LanguageInfo.All.Select(info => info.Tag))}");
        }

        DateOnly reference;
        if (request.Reference is null)
        {
            reference = TodayInBerlin(time);
        }
        else if (!DateOnly.TryParseExact(request.Reference, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reference))
        {
            return RecognizeResponse.Failure(request.Id, "\"reference\" must be a date as YYYY-MM-DD");
        }

        return mode.Recognize(new RecognizeLine(request.Id, request.Text, language.Value, reference, request.Choices));
    }

    /// <summary>The id of a line that did not bind, if the line is at least a JSON object with a string or number id.</summary>
    private static string? TryReadId(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id)
                ? id.ValueKind switch
                {
                    JsonValueKind.String => id.GetString(),
                    JsonValueKind.Number => id.GetRawText(),
                    _ => null,
                }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateOnly TodayInBerlin(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(BerlinTimeZone)).DateTime);

    private static bool TryParseMode(IReadOnlyList<string> args, out string mode, out string? problem)
    {
        mode = RecognizeModes.Default;
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (string.Equals(arg, "--mode", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                mode = args[++i];
            }
            else if (arg.StartsWith("--mode=", StringComparison.Ordinal))
            {
                mode = arg["--mode=".Length..];
            }
            else
            {
                problem = $"recognize: unexpected argument '{arg}'.";
                return false;
            }
        }

        return true;
    }

    private static string Usage(IEnumerable<string> modes) =>
        $"usage: recognize [--mode {string.Join('|', modes)}] < lines.jsonl"
        + Environment.NewLine
        + "  each input line: {\"id\":\"1\",\"text\":\"…\",\"culture\":\"de-DE\",\"reference\":\"2016-11-07\",\"choices\":[{\"value\":…,\"title\":…,\"synonyms\":[…]}]}";
}
