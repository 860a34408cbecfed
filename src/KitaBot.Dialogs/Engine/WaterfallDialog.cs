using System.Security.Cryptography;
using System.Text;

namespace KitaBot.Dialogs.Engine;

/// <summary>
/// A dialog of ordered steps; each step asks one thing (begins a child) and the next step receives the answer.
/// Steps are named methods: the waiting step's name is persisted, and the version hashes the step names in
/// order, so a deploy that adds, removes or reorders steps restarts the section instead of resuming wrongly.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly WaterfallStep[] _steps;
    private readonly string[] _names;
    private readonly string _version;

    public WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps)
        : base(id)
    {
        if (steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }

        _steps = [.. steps];
        _names = steps.Select(s => s.Method.Name).ToArray();
        if (_names.FirstOrDefault(n => n.Contains('<', StringComparison.Ordinal)) is { } anonymous)
        {
            throw new ArgumentException($"Waterfall '{id}' has an anonymous step ({anonymous}); steps must be named methods.", nameof(steps));
        }

        if (_names.Distinct(StringComparer.Ordinal).Count() != _names.Length)
        {
            throw new ArgumentException($"Waterfall '{id}' has two steps with one name.", nameof(steps));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', _names)));
        _version = $"{id}:{Convert.ToHexString(hash, 0, 6)}";
    }

    public override string Version => _version;

    public IReadOnlyList<string> StepNames => _names;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);

    /// <summary>A waterfall waits only through its children, so a stray activity just keeps it waiting.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken)
    {
        var index = IndexOf(dc.ActiveInstance!.Step ?? _names[0]);
        return RunStepAsync(dc, index + 1, DialogReason.EndCalled, result, cancellationToken);
    }

    public override bool CanGoBack(DialogContext dc, DialogInstance instance) => instance.History is { Count: >= 2 };

    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var history = dc.ActiveInstance!.History!;
        history.RemoveAt(history.Count - 1);
        var previous = history[^1];
        history.RemoveAt(history.Count - 1);
        return RunStepAsync(dc, IndexOf(previous), DialogReason.BackCalled, null, cancellationToken);
    }

    internal string StepName(int index) => _names[index];

    internal int IndexOf(string stepName)
    {
        var index = Array.IndexOf(_names, stepName);
        return index >= 0 ? index : throw new InvalidOperationException($"Waterfall '{Id}' has no step '{stepName}'.");
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, DialogResult? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Length)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var instance = dc.ActiveInstance!;
        instance.Step = _names[index];
        var outcome = await _steps[index](new WaterfallStepContext(this, dc, index, reason, result), cancellationToken)
            .ConfigureAwait(false);

        // Record the step as one that asked something, unless it already ended this dialog.
        if (outcome.Status == DialogTurnStatus.Waiting && ReferenceEquals(dc.ActiveInstance, instance) is false
            && dc.State.Stack.Contains(instance) && instance.Step == _names[index])
        {
            instance.History ??= [];
            if (instance.History.Count == 0 || instance.History[^1] != _names[index])
            {
                instance.History.Add(_names[index]);
            }
        }

        return outcome;
    }
}
