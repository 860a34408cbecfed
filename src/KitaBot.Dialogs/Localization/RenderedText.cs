namespace KitaBot.Dialogs.Localization;

/// <summary>A text rendered in one language: what is shown, and the SSML body (already XML-escaped) that is spoken.</summary>
public sealed record RenderedText(string Text, string SpeakSsml);
