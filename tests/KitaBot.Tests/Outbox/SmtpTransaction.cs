namespace KitaBot.Tests.Outbox;

/// <summary>One message the loopback SMTP server accepted: the envelope and the DATA (dot-unstuffed, CRLF line ends).</summary>
internal sealed record SmtpTransaction(string MailFrom, IReadOnlyList<string> RcptTo, byte[] Data);
