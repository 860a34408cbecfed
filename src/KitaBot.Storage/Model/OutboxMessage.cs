namespace KitaBot.Storage.Model;

/// <summary>A message to send later, exactly once if at all possible.</summary>
/// <param name="Recipient">The e-mail address.</param>
/// <param name="LanguageTag">The language to write it in, e.g. <c>ar-SA</c>.</param>
public sealed record OutboxMessage(string Recipient, string LanguageTag, OutboxPayload Payload);
