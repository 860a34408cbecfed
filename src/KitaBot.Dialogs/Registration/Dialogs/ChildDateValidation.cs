using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Registration.State;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>The checks on a child's dates, each failure with the reason the family reads before the question again.</summary>
public static class ChildDateValidation
{
    private const int OldestChildYears = 7;
    private const int LongestPregnancyMonths = 10;
    private const int LatestStartYears = 3;

    public static Task<PromptValidation> BirthDateAsync(PromptValidatorContext<DateResult> context, CancellationToken cancellationToken)
    {
        var today = context.Turn.Today;
        var result = context.Recognized switch
        {
            { Succeeded: false } => PromptValidation.Invalid(TextId.DateNotUnderstood),
            { Value.WholeMonth: true } => PromptValidation.Invalid(TextId.DateNeedsDay),
            { Value.Date: var date } when date > today => PromptValidation.Invalid(TextId.BirthDateInFuture),
            { Value.Date: var date } when date < today.AddYears(-OldestChildYears) => PromptValidation.Invalid(TextId.BirthDateTooOld),
            _ => PromptValidation.Valid,
        };
        return Task.FromResult(result);
    }

    public static Task<PromptValidation> DueDateAsync(PromptValidatorContext<DateResult> context, CancellationToken cancellationToken)
    {
        var today = context.Turn.Today;
        var result = context.Recognized switch
        {
            { Succeeded: false } => PromptValidation.Invalid(TextId.DateNotUnderstood),
            { Value.Date: var date } when date < today || date > today.AddMonths(LongestPregnancyMonths) => PromptValidation.Invalid(TextId.DueDateInvalid),
            _ => PromptValidation.Valid,
        };
        return Task.FromResult(result);
    }

    public static Task<PromptValidation> StartDateAsync(PromptValidatorContext<DateResult> context, CancellationToken cancellationToken)
    {
        var today = context.Turn.Today;
        var birth = context.Turn.Kita().Draft.Child.BirthDate;
        var result = context.Recognized switch
        {
            { Succeeded: false } => PromptValidation.Invalid(TextId.DateNotUnderstood),
            { Value.Date: var date } when date < today => PromptValidation.Invalid(TextId.StartDateInPast),
            { Value.Date: var date } when date > today.AddYears(LatestStartYears) => PromptValidation.Invalid(TextId.StartDateTooFar),
            { Value.Date: var date } when birth is { } born && date < born => PromptValidation.Invalid(TextId.StartBeforeBirth),
            _ => PromptValidation.Valid,
        };
        return Task.FromResult(result);
    }
}
