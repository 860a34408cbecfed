using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;

namespace KitaBot.Outbox;

/// <summary>
/// Tells a family about a status change in the chat it last used, in its current language, through the channel
/// delivery that serves that conversation. A family that never chatted, or whose channel is not running, gets the
/// e-mail only.
/// </summary>
public sealed class StatusChatNotifier(
    IFamilyStore families,
    FamilyConversations conversations,
    IEnumerable<IChannelDelivery> deliveries,
    StatusNotificationTexts statusTexts,
    TextCatalog texts,
    ILogger<StatusChatNotifier> logger)
{
    private readonly IChannelDelivery[] _deliveries = [.. deliveries];

    /// <summary>Delivers the news; returns false when there is no conversation to deliver it to.</summary>
    public async Task<bool> NotifyAsync(OutboxMessage message, StatusNotificationPayload payload, CancellationToken cancellationToken)
    {
        var family = await families.FindByEmailAsync(message.Recipient, cancellationToken);
        var reference = family is null ? null : await conversations.FindAsync(family.Id, cancellationToken);
        if (family is null || reference is null)
        {
            return false;
        }

        var delivery = Array.Find(_deliveries, d => d.Serves(reference));
        if (delivery is null)
        {
            logger.LogInformation("No running channel serves the family's last conversation ({ChannelId}); the status news goes by e-mail only.",
                reference.ChannelId);
            return false;
        }

        var language = EmailComposer.LanguageOf(family.LanguageTag);
        var news = await statusTexts.DescribeAsync(payload, cancellationToken);
        var activity = NotificationActivity.Build(reference, texts.Render(statusTexts.Message(news, language), language), language);
        await delivery.DeliverAsync(reference, [activity], cancellationToken);
        return true;
    }
}
