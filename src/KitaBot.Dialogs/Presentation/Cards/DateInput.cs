using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>
/// A date picker (<c>Input.Date</c>). Its id is <c>answer</c>, so a submit posts <c>{"answer": "yyyy-MM-dd"}</c>,
/// which the waiting date prompt reads like any button value.
/// </summary>
public sealed record DateInput(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("errorMessage")] string ErrorMessage) : CardElement
{
    public const string TypeName = "Input.Date";

    [JsonPropertyName("isRequired")]
    public bool IsRequired { get; init; } = true;
}
