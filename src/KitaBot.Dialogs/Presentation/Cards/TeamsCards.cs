using System.Text.Json;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>
/// Builds the Adaptive Cards KitaBot sends on Teams from already rendered text: lists (Kita results, the review
/// summary, the release confirmation), choice questions with <c>Action.Submit</c> buttons, and date questions with a
/// date picker. Every line of text becomes its own block, so the card reads in the same order as the message text.
/// </summary>
public static class TeamsCards
{
    /// <summary>A card that shows text; with <paramref name="headingFirst"/> the first line is set in bold.</summary>
    public static AdaptiveCard Text(LanguageInfo language, IEnumerable<string> paragraphs, bool headingFirst) =>
        new()
        {
            Lang = language.Tag,
            Rtl = language.IsRightToLeft ? true : null,
            Body = Blocks(paragraphs, headingFirst),
        };

    /// <summary>A question with one submit button per option; each posts <c>{"answer": value}</c>.</summary>
    public static AdaptiveCard Choice(LanguageInfo language, IEnumerable<string> question, IEnumerable<(string Title, string Value)> options) =>
        new()
        {
            Lang = language.Tag,
            Rtl = language.IsRightToLeft ? true : null,
            Body = Blocks(question, headingFirst: false),
            Actions = [.. options.Select(o => new SubmitButton(o.Title, new AnswerValue(o.Value)))],
        };

    /// <summary>A date question: the lead text, a required date picker labelled with the question, and a send button.</summary>
    public static AdaptiveCard Date(LanguageInfo language, IEnumerable<string> lead, string question, string errorMessage, string send) =>
        new()
        {
            Lang = language.Tag,
            Rtl = language.IsRightToLeft ? true : null,
            Body = [.. Blocks(lead, headingFirst: false), new DateInput(Engine.Prompts.PromptInput.AnswerProperty, question, errorMessage)],
            Actions = [new SubmitButton(send, null)],
        };

    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = JsonSerializer.SerializeToElement(card, AdaptiveCardJson.Default.AdaptiveCard),
    };

    private static List<CardElement> Blocks(IEnumerable<string> paragraphs, bool headingFirst) =>
        paragraphs
            .SelectMany(p => p.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select((line, index) => (CardElement)new RichTextBlock(
                [new TextRun(line) { Weight = headingFirst && index == 0 ? "bolder" : null }]))
            .ToList();
}
