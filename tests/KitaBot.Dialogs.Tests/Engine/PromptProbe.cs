namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>One random input for the prompt property: where in which conversation, and what arrives.</summary>
public sealed record PromptProbe(string RootDialog, int AnswersBefore, string? Type, string? Text, string? ValueJson);
