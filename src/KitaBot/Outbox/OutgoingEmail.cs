using KitaBot.Dialogs.Notifications;

namespace KitaBot.Outbox;

/// <summary>An e-mail to one recipient. <see cref="MessageId"/> is the outbox message's id; it names the e-mail's Message-ID.</summary>
public sealed record OutgoingEmail(Guid MessageId, string Recipient, ComposedEmail Content);
