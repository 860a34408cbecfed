using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation.Cards;

/// <summary>An element of a card's body; the <c>type</c> discriminator names the Adaptive Card element.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RichTextBlock), RichTextBlock.TypeName)]
[JsonDerivedType(typeof(DateInput), DateInput.TypeName)]
public abstract record CardElement;
