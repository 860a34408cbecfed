using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Dates;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for a date. The date picker posts ISO dates; typed dates in any of our languages are recognized and
/// resolved against today in Europe/Berlin in the prompt's sense: past for a date of birth, future for a start.
/// </summary>
public sealed class DatePrompt(string id, PromptKit kit, DateSense sense, PromptValidator<DateResult>? validator = null)
    : Prompt<DateResult>(id, kit, validator)
{
    protected override Task<PromptRecognition<DateResult>> RecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var matches = Kit.Dates.Recognize(PromptInput.Text(turn.Activity), turn.Language, turn.Today);
        if (matches.Count == 0)
        {
            return Task.FromResult(default(PromptRecognition<DateResult>));
        }

        var match = matches[0];
        var value = sense == DateSense.Past ? match.Past : match.Future;
        return Task.FromResult(new PromptRecognition<DateResult>(true, new DateResult(value.Date, value.Granularity == DateGranularity.Month)));
    }

    protected override DialogResult ToResult(DateResult value) => value;

    protected override LocalizedText NotUnderstood(PromptOptions options) => TextId.DateNotUnderstood;

    /// <summary>Read back as a date (SSML <c>say-as date</c>), or as month and year for a whole month.</summary>
    protected override TextArg? ReadBackValue(DateResult value, PromptOptions options) =>
        value.WholeMonth ? TextArg.Month("value", value.Date) : TextArg.Date("value", value.Date);
}
