using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>A card action; the <c>type</c> discriminator names the Adaptive Card action.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitButton), SubmitButton.TypeName)]
public abstract record CardButton([property: JsonPropertyName("title")] string Title);
