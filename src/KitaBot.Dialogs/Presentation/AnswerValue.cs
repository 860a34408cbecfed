using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Presentation;

/// <summary>What a button posts back: <c>{"answer": "value"}</c>, read by <see cref="Engine.Prompts.PromptInput"/>.</summary>
public sealed record AnswerValue([property: JsonPropertyName("answer")] string Answer);
