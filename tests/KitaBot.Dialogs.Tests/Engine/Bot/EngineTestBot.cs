using System.Collections.Concurrent;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>
/// The engine's test bot. Commands at any point: "back", "cancel", "deutsch" (switch language and ask again),
/// "count" (raise a counter), "fail" (throw after replying). Anything else goes to the dialog stack, which
/// begins <c>rootDialogId</c> when empty. Turn errors are recorded so tests can see what the pipeline reported.
/// </summary>
public sealed class EngineTestBot(Func<EngineTestState, DialogSet> dialogs, string rootDialogId) : ITurnHandler<EngineTestState>
{
    private readonly ConcurrentQueue<Exception> _errors = new();

    /// <summary>The exceptions the pipeline passed to <see cref="OnTurnErrorAsync"/>, in order.</summary>
    public IReadOnlyCollection<Exception> Errors => _errors;

    public async Task OnTurnAsync(TurnContext turn, EngineTestState state, CancellationToken cancellationToken)
    {
        var command = turn.Activity.Type == ActivityTypes.Message ? turn.Activity.Text?.Trim() : null;
        switch (command)
        {
            case "count":
                state.Counter++;
                await SayAsync(turn, $"count {state.Counter}", cancellationToken);
                return;
            case "fail":
                await SayAsync(turn, "This reply must never be delivered.", cancellationToken);
                throw new InvalidOperationException("The test bot was told to fail.");
        }

        var dc = dialogs(state).CreateContext(turn, state.Dialogs);
        DialogTurnResult? result;
        switch (command)
        {
            case "back":
                result = await dc.GoBackAsync(cancellationToken);
                if (result is null)
                {
                    await SayAsync(turn, "This is the first question.", cancellationToken);
                    await dc.RepromptDialogAsync(cancellationToken);
                    return;
                }

                break;
            case "cancel":
                await dc.CancelAllDialogsAsync(cancellationToken);
                await SayAsync(turn, "Cancelled.", cancellationToken);
                return;
            case "deutsch":
                state.Language = Language.German;
                turn.Language = Language.German;
                await dc.RepromptDialogAsync(cancellationToken);
                return;
            default:
                result = await dc.ContinueDialogAsync(
                    () => turn.SendActivityAsync(TestTexts.Presenter.Message(turn, TextId.SectionRestarted), cancellationToken),
                    cancellationToken);
                if (result.Status == DialogTurnStatus.Empty && turn.Activity.Type == ActivityTypes.Message)
                {
                    result = await dc.BeginDialogAsync(rootDialogId, cancellationToken);
                }

                break;
        }

        if (result.Status == DialogTurnStatus.Complete)
        {
            await SayAsync(turn, $"Done: {(result.Result as TextResult)?.Value}", cancellationToken);
        }
    }

    public async Task OnTurnErrorAsync(TurnContext turn, EngineTestState state, Exception exception, CancellationToken cancellationToken)
    {
        _errors.Enqueue(exception);
        state.Dialogs.Stack.Clear();
        var apology = exception is StateConflictException ? TextId.BusyTryAgain : TextId.ErrorApology;
        await turn.SendActivityAsync(TestTexts.Presenter.Message(turn, apology), cancellationToken);
    }

    private static Task SayAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(TestTexts.Presenter.Message(turn, Say.Text(text)), cancellationToken);
}
