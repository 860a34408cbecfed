using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>
/// Text made of runs. Used for every text on our cards because text runs are never read as Markdown, so a name or
/// a comment typed by a family shows exactly as typed.
/// </summary>
public sealed record RichTextBlock([property: JsonPropertyName("inlines")] IReadOnlyList<TextRun> Inlines) : CardElement
{
    public const string TypeName = "RichTextBlock";
}
