namespace KitaBot.Dialogs.Protocol;

/// <summary>The values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
