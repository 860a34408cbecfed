namespace KitaBot.Outbox;

/// <summary>One effect of an outbox message that has more than one (a status notification is an e-mail and a chat message).</summary>
public enum DeliveryPart
{
    Email,
    Chat,
}
