using System.Net.Mail;
using KitaBot.Dialogs.Notifications;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KitaBot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the outbox dispatcher as a hosted service with its parts: the e-mail composer, SMTP when
    /// <c>Email:Smtp:Host</c> is set or else <c>.eml</c> files in <c>{dataDirectory}/mail-pickup</c>
    /// (<c>Email:PickupDirectory</c>), proactive chat notifications and the <see cref="OutboxSignal"/>.
    /// Needs the stores, the catalog and the conversation registered. A test may register its own <see cref="IEmailSender"/> first.
    /// </summary>
    public static IServiceCollection AddKitaBotOutbox(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddKitaBotNotifications();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Outbox:PollInterval must be positive.")
            .Validate(o => o.SendTimeout > TimeSpan.Zero && o.Lease > o.SendTimeout, "Outbox:Lease must be longer than Outbox:SendTimeout, which must be positive.")
            .Validate(o => o.BatchSize >= 1, "Outbox:BatchSize must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .Validate(o => MailAddress.TryCreate(o.Smtp.From, out _), "Email:Smtp:From must be an e-mail address, e.g. KitaBot <kitabot@example.org>.")
            .Validate(o => o.Smtp.Port is > 0 and < 65536, "Email:Smtp:Port must be a TCP port.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.PickupDirectory), "Email:PickupDirectory must not be empty.")
            .ValidateOnStart();

        services.TryAddSingleton<IEmailSender>(provider =>
        {
            var email = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            return email.UsesSmtp
                ? new SmtpEmailSender(email.Smtp, provider.GetRequiredService<IOptions<OutboxOptions>>().Value.SendTimeout)
                : new PickupFolderEmailSender(
                    Path.GetFullPath(email.PickupDirectory, dataDirectory), new MailAddress(email.Smtp.From), provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<DeliveryMarkers>();
        services.TryAddSingleton<StatusChatNotifier>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
