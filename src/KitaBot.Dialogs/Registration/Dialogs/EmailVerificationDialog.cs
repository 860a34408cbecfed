using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// Proves the family owns its e-mail address: asks for it, sends a 6-digit code by e-mail, and checks the code.
/// Wrong, expired and used-up codes each get their own answer; "send a new code" is always offered. Ends with
/// <see cref="VerifiedEmail"/>.
/// </summary>
public sealed class EmailVerificationDialog : ComponentDialog
{
    private const string EmailPrompt = "email";
    private const string CodePrompt = "code";
    private const string Resend = "resend";

    private readonly MessagePresenter _presenter;
    private readonly IEmailVerification _verification;
    private readonly IFamilyStore _families;
    private readonly OutboxSignal _outbox;

    public EmailVerificationDialog(PromptKit kit, IEmailVerification verification, IFamilyStore families, OutboxSignal outbox)
        : base(nameof(EmailVerificationDialog))
    {
        _presenter = kit.Presenter;
        _verification = verification;
        _families = families;
        _outbox = outbox;
        AddDialog(new WaterfallDialog(nameof(EmailVerificationDialog) + ".steps", [AskEmailStepAsync, SendCodeStepAsync, CheckCodeStepAsync]));
        AddDialog(new Engine.Prompts.EmailPrompt(EmailPrompt, kit));
        AddDialog(new TextPrompt(CodePrompt, kit, ValidateCodeAsync));
    }

    private Task<DialogTurnResult> AskEmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(EmailPrompt, new PromptOptions
        {
            Slot = "family.email",
            Kind = InputKind.Email,
            Prompt = TextId.EmailPrompt,
        }, cancellationToken);

    private async Task<DialogTurnResult> SendCodeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var account = step.Turn.Kita().Draft.Account;
        if (step.Result is TextResult email)
        {
            account.Email = email.Value;
            account.EmailVerified = false;
        }

        var issued = await _verification.IssueCodeAsync(account.Email!, LanguageInfo.Of(step.Turn.Language).Tag, cancellationToken).ConfigureAwait(false);
        _outbox.Notify();
        if (issued is CodeRateLimited)
        {
            await SendAsync(step, TextId.CodeRateLimited, cancellationToken).ConfigureAwait(false);
            return await step.GoToAsync(nameof(AskEmailStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CodePrompt, new PromptOptions
        {
            Slot = "family.emailCode",
            Kind = InputKind.Code,
            Prompt = LocalizedText.Of(TextId.CodeSentPrompt, TextArg.Plain("email", account.Email!)),
            Choices = [new(Resend, TextId.CodeResend)],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CheckCodeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var account = step.Turn.Kita().Draft.Account;
        if (step.Result is TextResult { Value: Resend })
        {
            return await step.GoToAsync(nameof(SendCodeStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        account.EmailVerified = true;
        var existing = await _families.FindByEmailAsync(account.Email!, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(new VerifiedEmail(account.Email!, existing?.Id), cancellationToken).ConfigureAwait(false);
    }

    private async Task<PromptValidation> ValidateCodeAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (Engine.Prompts.PromptInput.PostedValue(context.Turn.Activity) == Resend)
        {
            return PromptValidation.Valid;
        }

        var code = new string((context.Recognized.Value ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6)
        {
            return PromptValidation.Invalid(TextId.CodeFormat);
        }

        var email = context.Turn.Kita().Draft.Account.Email!;
        return await _verification.VerifyAsync(email, code, cancellationToken).ConfigureAwait(false) switch
        {
            CodeVerified => PromptValidation.Valid,
            CodeWrong wrong => PromptValidation.Invalid(LocalizedText.Of(TextId.CodeWrong, TextArg.Count(wrong.RemainingAttempts))),
            CodeExpired => PromptValidation.Invalid(TextId.CodeExpired),
            _ => PromptValidation.Invalid(TextId.CodeUsedUp),
        };
    }

    private Task SendAsync(WaterfallStepContext step, LocalizedText text, CancellationToken cancellationToken) =>
        step.Turn.SendActivityAsync(_presenter.Message(step.Turn, text), cancellationToken);
}
