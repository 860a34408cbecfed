using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Registration.Commands;
using KitaBot.Dialogs.Registration.Dialogs;
using KitaBot.Dialogs.Registration.Saving;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Dialogs.Registration.Rules;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Catalog.Model;
using Microsoft.Extensions.Logging;

namespace KitaBot.Dialogs.Registration;

/// <summary>
/// KitaBot's turn handler: greets new members, handles the commands that work at every prompt (help, cancel,
/// back, start over, language, person), refuses uploads, detects the language of a first message, and otherwise
/// gives the activity to the dialog stack, beginning the main dialog when nothing is active.
/// </summary>
public sealed class KitaBotHandler : ITurnHandler<KitaConversationState>
{
    private readonly DialogSet _dialogs;
    private readonly MessagePresenter _presenter;
    private readonly CommandRecognizer _commands;
    private readonly LanguageDetector _detector;
    private readonly DraftSnapshots _snapshots;
    private readonly FamilyConversations _familyConversations;
    private readonly FamilyLanguage _familyLanguage;
    private readonly IPortalCatalog _catalog;
    private readonly ILogger<KitaBotHandler> _logger;

    public KitaBotHandler(
        MainDialog mainDialog,
        LanguageDialog languageDialog,
        MessagePresenter presenter,
        CommandRecognizer commands,
        LanguageDetector detector,
        DraftSnapshots snapshots,
        FamilyConversations familyConversations,
        FamilyLanguage familyLanguage,
        IPortalCatalog catalog,
        ILogger<KitaBotHandler> logger)
    {
        _dialogs = new DialogSet().Add(mainDialog).Add(languageDialog);
        _presenter = presenter;
        _commands = commands;
        _detector = detector;
        _snapshots = snapshots;
        _familyConversations = familyConversations;
        _familyLanguage = familyLanguage;
        _catalog = catalog;
        _logger = logger;
    }

    public async Task OnTurnAsync(TurnContext turn, KitaConversationState state, CancellationToken cancellationToken)
    {
        if (state.SchemaVersion != KitaConversationState.CurrentSchemaVersion)
        {
            ResetKeepingLanguage(state);
            await SendAsync(turn, TextId.SectionRestarted, cancellationToken).ConfigureAwait(false);
        }

        var startLanguage = turn.Language;
        var dc = _dialogs.CreateContext(turn, state.Dialogs);
        switch (turn.Activity.Type)
        {
            case ActivityTypes.ConversationUpdate when IsUserJoining(turn.Activity) && !state.Welcomed:
                await dc.BeginDialogAsync(nameof(MainDialog), cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(dc, state, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke when AdaptiveCardInvoke.Answer(turn.Activity) is not null:
                // A Teams Action.Execute answers the waiting prompt like a card submit; other invokes stay unanswered (501).
                await OnMessageAsync(dc, state, cancellationToken).ConfigureAwait(false);
                turn.InvokeResponse = AdaptiveCardInvoke.Acknowledge(turn);
                break;
            default:
                break;
        }

        if (state.PendingResume is { } saved)
        {
            await ResumeAsync(dc, state, saved, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Language != startLanguage)
        {
            if (state.FamilyId is { } switchedFamily)
            {
                await _familyLanguage.KeepAsync(switchedFamily, turn.Language, cancellationToken).ConfigureAwait(false);
            }

            if (ChannelIds.ShowsPage(turn.Activity.ChannelId))
            {
                await turn.SendActivityAsync(LanguageEvent.Create(turn), cancellationToken).ConfigureAwait(false);
            }
        }

        state.Language = turn.Language;
        await _snapshots.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        if (state.FamilyId is { } familyId)
        {
            // Status changes by staff are told to the family in the conversation it used last.
            await _familyConversations.RememberAsync(familyId, turn.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Continues the family's saved registration in this conversation, at the question where it stopped.</summary>
    private async Task ResumeAsync(DialogContext dc, KitaConversationState state, KitaConversationState saved, CancellationToken cancellationToken)
    {
        state.PendingResume = null;
        state.Draft = saved.Draft;
        state.SnapshotETag = saved.SnapshotETag;
        state.Dialogs.Stack.Clear();
        state.Dialogs.Stack.AddRange(saved.Dialogs.Stack);
        await SendAsync(dc.Turn, TextId.Resumed, cancellationToken).ConfigureAwait(false);
        var resumed = _dialogs.CreateContext(dc.Turn, state.Dialogs);
        if (resumed.ActiveDialog is null)
        {
            await resumed.BeginDialogAsync(nameof(MainDialog), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await resumed.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task OnTurnErrorAsync(TurnContext turn, KitaConversationState state, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is StateConflictException)
        {
            await SendAsync(turn, TextId.BusyTryAgain, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The stack may be what failed: drop it, keep the answers, and start again from the menu.
        _logger.LogError("Turn failed ({ExceptionType}); the dialog stack was reset.", exception.GetType().Name);
        state.Dialogs = new DialogState();
        await SendAsync(turn, TextId.ErrorApology, cancellationToken).ConfigureAwait(false);
        try
        {
            await _dialogs.CreateContext(turn, state.Dialogs).BeginDialogAsync(nameof(MainDialog), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            state.Dialogs = new DialogState();
        }
    }

    private async Task OnMessageAsync(DialogContext dc, KitaConversationState state, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (turn.Activity.Attachments is { Count: > 0 } && string.IsNullOrWhiteSpace(turn.Activity.Text))
        {
            await SendAsync(turn, TextId.UploadNotAccepted, cancellationToken).ConfigureAwait(false);
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var typed = Engine.Prompts.PromptInput.PostedValue(turn.Activity) is null ? turn.Activity.Text : null;
        var firstTypedMessage = !state.LanguageSettled && !string.IsNullOrWhiteSpace(typed);
        state.LanguageSettled |= firstTypedMessage;
        if (firstTypedMessage && _detector.Detect(typed) is { } detected && detected != turn.Language)
        {
            turn.Language = detected;
            await SendAsync(turn, LocalizedText.Of(TextId.LanguageDetected, TextArg.Plain("language", LanguageInfo.Of(detected).NativeName)),
                cancellationToken).ConfigureAwait(false);
            if (dc.ActiveDialog is null)
            {
                await dc.BeginDialogAsync(nameof(MainDialog), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        if (_commands.Recognize(turn.Activity.Text, turn.Language) is { } command && dc.ActiveDialog is not null)
        {
            await OnCommandAsync(dc, state, command, cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await dc.ContinueDialogAsync(() => SendAsync(turn, TextId.SectionRestarted, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        if (result.Status is DialogTurnStatus.Empty or DialogTurnStatus.Complete or DialogTurnStatus.Cancelled && dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(nameof(MainDialog), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnCommandAsync(DialogContext dc, KitaConversationState state, RecognizedCommand command, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        switch (command.Command)
        {
            case Command.Help:
                await SendAsync(turn, HelpFor(dc), cancellationToken).ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                break;
            case Command.Back:
                if (await dc.GoBackAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    await SendAsync(turn, TextId.BackAtFirstQuestion, cancellationToken).ConfigureAwait(false);
                    await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                }

                break;
            case Command.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await SendAsync(turn, TextId.Cancelled, cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(nameof(MainDialog), cancellationToken).ConfigureAwait(false);
                break;
            case Command.StartOver:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                state.Draft = new RegistrationDraft { Account = state.Draft.Account };
                await SendAsync(turn, TextId.StartingOver, cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(nameof(MainDialog), cancellationToken).ConfigureAwait(false);
                break;
            case Command.Language when command.Target is { } target:
                turn.Language = target;
                state.LanguageSettled = true;
                await SendAsync(turn, LocalizedText.Of(TextId.LanguageSwitched, TextArg.Plain("language", LanguageInfo.Of(target).NativeName)),
                    cancellationToken).ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                break;
            case Command.Language:
                await dc.BeginDialogAsync(nameof(LanguageDialog), cancellationToken).ConfigureAwait(false);
                break;
            case Command.Person:
                await SendAsync(turn, HelpdeskText(), cancellationToken).ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"Unhandled command {command.Command}.");
        }
    }

    /// <summary>The two portals' helpdesks, from the shipped portal data.</summary>
    private LocalizedText HelpdeskText()
    {
        HelpdeskContact? Contact(string portalId) =>
            _catalog.FindPortal(portalId)?.Helpdesk.FirstOrDefault(h => h.Phone is not null && h.Email is not null);
        var soest = Contact(PortalIds.KreisSoest);
        var steinfurt = Contact(PortalIds.KreisSteinfurt);
        return LocalizedText.Of(TextId.PersonHelpdesk,
            TextArg.Plain("soestPhone", soest?.Phone ?? "-"),
            TextArg.Plain("soestEmail", soest?.Email ?? "-"),
            TextArg.Plain("steinfurtPhone", steinfurt?.Phone ?? "-"),
            TextArg.Plain("steinfurtEmail", steinfurt?.Email ?? "-"));
    }

    /// <summary>Help for the question being asked, by the kind of answer it expects.</summary>
    private static LocalizedText HelpFor(DialogContext dc) =>
        dc.Innermost.ActiveInstance?.Prompt?.Kind switch
        {
            Engine.Prompts.InputKind.Date => TextId.HelpDate,
            Engine.Prompts.InputKind.Email => TextId.HelpEmail,
            Engine.Prompts.InputKind.Phone => TextId.HelpPhone,
            Engine.Prompts.InputKind.Choice or Engine.Prompts.InputKind.Confirm => TextId.HelpChoice,
            Engine.Prompts.InputKind.Code => TextId.HelpCode,
            _ => TextId.HelpGeneral,
        };

    private static bool IsUserJoining(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;

    private static void ResetKeepingLanguage(KitaConversationState state)
    {
        state.SchemaVersion = KitaConversationState.CurrentSchemaVersion;
        state.Dialogs = new DialogState();
        state.Draft = new RegistrationDraft();
        state.Welcomed = false;
    }

    private Task SendAsync(TurnContext turn, LocalizedText text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(_presenter.Message(turn, text), cancellationToken);
}
