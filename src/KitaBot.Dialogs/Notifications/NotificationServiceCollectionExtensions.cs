using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KitaBot.Dialogs.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EmailComposer"/>, <see cref="StatusNotificationTexts"/>, <see cref="FamilyConversations"/>
    /// and the <see cref="OutboxSignal"/>.
    /// Needs the texts (<c>AddKitaBotConversation</c>), the stores and the catalog. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddKitaBotNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton<StatusNotificationTexts>();
        services.TryAddSingleton<EmailComposer>();
        services.TryAddSingleton<FamilyConversations>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        return services;
    }
}
