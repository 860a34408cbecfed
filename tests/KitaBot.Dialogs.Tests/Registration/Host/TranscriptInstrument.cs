using System.Globalization;
using System.Text.RegularExpressions;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Testing;

namespace KitaBot.Dialogs.Tests.Registration.Host;

/// <summary>
/// Lets golden transcripts hold what is random in a real run. Inbound, the family "reads its e-mail": the marker
/// <see cref="CodeMarker"/> in a message becomes the code the real outbox holds, and <see cref="WrongCodeMarker"/> a
/// 6-digit code that is certainly wrong. Outbound, each random reference number (<c>KB-2026-7K3M9Q</c>) is written as
/// <c>KB-2026-#1</c>, <c>#2</c>, … in order of first appearance, and <see cref="References"/> maps them back for
/// store assertions. The clock moves <see cref="TimePerTurn"/> before each turn. Everything else
/// passes through untouched.
/// </summary>
public sealed partial class TranscriptInstrument(IActivityProcessor bot, TestMailbox mailbox, ManualTimeProvider time) : IActivityProcessor
{
    /// <summary>How long the family takes per answer: the clock moves, as it does between real turns.</summary>
    public static readonly TimeSpan TimePerTurn = TimeSpan.FromSeconds(30);

    public const string CodeMarker = "«code»";
    public const string WrongCodeMarker = "«wrong code»";

    private readonly Dictionary<string, string> _references = new(StringComparer.Ordinal);

    /// <summary>The real reference numbers in the order the family first saw them.</summary>
    public IReadOnlyList<string> References => [.. _references.Keys];

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        time.Advance(TimePerTurn);
        var sent = activity;
        if (activity.Text is { } text && (text.Contains(CodeMarker, StringComparison.Ordinal) || text.Contains(WrongCodeMarker, StringComparison.Ordinal)))
        {
            var code = await mailbox.LatestCodeAsync();
            var wrong = ((int.Parse(code, CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            sent = Copy(activity);
            sent.Text = text.Replace(CodeMarker, code, StringComparison.Ordinal).Replace(WrongCodeMarker, wrong, StringComparison.Ordinal);
        }

        var outcome = await bot.ProcessAsync(sent, cancellationToken);
        foreach (var reply in outcome.Replies)
        {
            reply.Text = Stable(reply.Text);
            reply.Speak = Stable(reply.Speak);
        }

        return outcome;
    }

    private string? Stable(string? text) => text is null ? null : ReferenceNumber().Replace(text, match =>
    {
        if (!_references.TryGetValue(match.Value, out var stable))
        {
            stable = string.Create(CultureInfo.InvariantCulture, $"{match.Groups["year"].Value}-#{_references.Count + 1}");
            _references[match.Value] = stable;
        }

        return stable;
    });

    private static Activity Copy(Activity activity)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity);
        return System.Text.Json.JsonSerializer.Deserialize(json, ProtocolJson.Default.Activity)!;
    }

    [GeneratedRegex(@"(?<year>KB-\d{4})-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceNumber();
}
