using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>
/// <c>Action.Submit</c>: Teams sends a message whose <c>value</c> is <see cref="Data"/> merged with the card's inputs
/// and whose text is empty. <see cref="Data"/> is null on a card whose input supplies the answer.
/// </summary>
public sealed record SubmitButton(string Title, [property: JsonPropertyName("data")] AnswerValue? Data) : CardButton(Title)
{
    public const string TypeName = "Action.Submit";
}
