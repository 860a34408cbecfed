namespace KitaBot.Dialogs.Notifications;

/// <summary>An e-mail rendered from an outbox message, ready for a sender to encode.</summary>
/// <param name="Subject">One line, in the family's language.</param>
/// <param name="Body">Plain text with <c>\n</c> line breaks: the family's language first, then a German copy where one is due.</param>
/// <param name="ContentLanguages">The BCP 47 tags of the languages in the body, in order (the MIME <c>Content-Language</c>).</param>
public sealed record ComposedEmail(string Subject, string Body, IReadOnlyList<string> ContentLanguages);
