using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// Registers the current child for Kindertagespflege: explains how it works (no waiting list, placement directly
/// with the childminder, a contract with her or him, the Jugendamt's address on the confirmation), asks whether the
/// family needs contact details or knows a childminder by name, and takes a comment.
/// </summary>
public sealed class ChildminderDialog : ComponentDialog
{
    private const string ChoicePrompt = "choice";
    private const string NamePrompt = "name";
    private const string TextPrompt = "text";

    private readonly MessagePresenter _presenter;
    private readonly IPortalCatalog _catalog;

    public ChildminderDialog(PromptKit kit, IPortalCatalog catalog)
        : base(nameof(ChildminderDialog))
    {
        _presenter = kit.Presenter;
        _catalog = catalog;
        AddDialog(new WaterfallDialog(nameof(ChildminderDialog) + ".steps",
            [AskContactStepAsync, AskNameStepAsync, AskCommentStepAsync, FinishStepAsync]));
        AddDialog(new Engine.Prompts.ChoicePrompt(ChoicePrompt, kit));
        AddDialog(new Engine.Prompts.TextPrompt(NamePrompt, kit, NameValidation.ValidateAsync));
        AddDialog(new Engine.Prompts.TextPrompt(TextPrompt, kit));
    }

    private static ChildDraft Child(WaterfallStepContext step) => step.Turn.Kita().Draft.Child;

    private async Task<DialogTurnResult> AskContactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, TextId.ChildminderExplained), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "childminder.contact",
            Kind = InputKind.Choice,
            Prompt = TextId.ChildminderContactPrompt,
            Choices =
            [
                new(nameof(ChildminderContact.NeedsContactDetails), TextId.ChildminderNeedsContacts),
                new(nameof(ChildminderContact.KnowsChildminder), TextId.ChildminderKnowsOne),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Child(step);
        if (step.Result is ChoiceResult contact)
        {
            child.Childminder = new ChildminderDraft { Contact = Enum.Parse<ChildminderContact>(contact.Value) };
        }

        if (child.Childminder?.Contact != ChildminderContact.KnowsChildminder)
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(NamePrompt, new PromptOptions
        {
            Slot = "childminder.name",
            Kind = InputKind.Text,
            Prompt = TextId.ChildminderNamePrompt,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskCommentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TextResult name && Child(step).Childminder is { } childminder)
        {
            childminder.KnownChildminderName = name.Value;
        }

        return step.PromptAsync(TextPrompt, new PromptOptions
        {
            Slot = "childminder.comment",
            Kind = InputKind.Text,
            Prompt = TextId.ChildminderCommentPrompt,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var childminder = Child(step).Childminder ??= new ChildminderDraft();
        if (step.Result is TextResult comment)
        {
            childminder.Comment = OptionalAnswers.ValueOrNull(comment.Value);
        }

        if (step.Turn.Kita().Draft.Account.TownId is { } townId && _catalog.FindTownById(townId) is { } town)
        {
            var service = _catalog.ChildminderServiceFor(town);
            await step.Turn.SendActivityAsync(_presenter.Message(step.Turn, LocalizedText.Of(TextId.ChildminderServiceContact,
                TextArg.Plain("service", service.Name),
                TextArg.Plain("phone", service.Phone ?? "-"),
                TextArg.Plain("email", service.Email ?? "-"))), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
