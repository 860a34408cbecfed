using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Notifications;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.Commands;
using KitaBot.Dialogs.Registration.Dialogs;
using KitaBot.Dialogs.Registration.Release;
using KitaBot.Dialogs.Registration.Saving;
using KitaBot.Dialogs.Registration.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KitaBot.Dialogs.Registration;

/// <summary>Registers the conversation: texts, recognizers, dialogs, the bot and its turn pipeline.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Adds KitaBot's conversation as the <see cref="IActivityProcessor"/> that channels call. Needs the stores
    /// (IStateStore, IFamilyStore, IEmailVerification, IRegistrationStore) and the catalog registered too.
    /// </summary>
    public static IServiceCollection AddKitaBotConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TurnPipelineOptions>();
        services.AddSingleton(_ => TextCatalog.LoadEmbedded());
        services.AddSingleton<MessagePresenter>();
        services.AddSingleton<PromptKit>();
        services.AddSingleton<CommandRecognizer>();
        services.AddSingleton<LanguageDetector>();
        services.AddSingleton<DraftSnapshots>();
        services.AddSingleton<FamilyLanguage>();
        services.AddKitaBotNotifications();
        services.AddSingleton<ReviewSummary>();
        services.AddSingleton<RegistrationReleaser>();

        services.AddSingleton<EmailVerificationDialog>();
        services.AddSingleton<AccountDialog>();
        services.AddSingleton<ChildDialog>();
        services.AddSingleton<KitaChoiceDialog>();
        services.AddSingleton<ChildminderDialog>();
        services.AddSingleton<ChangeAnswerDialog>();
        services.AddSingleton<ReviewDialog>();
        services.AddSingleton<RegistrationDialog>();
        services.AddSingleton<ResumeDialog>();
        services.AddSingleton<StatusDialog>();
        services.AddSingleton<ContactDetailsDialog>();
        services.AddSingleton<LanguageDialog>();
        services.AddSingleton(provider => new MainDialog(provider.GetRequiredService<PromptKit>(),
        [
            provider.GetRequiredService<RegistrationDialog>(),
            provider.GetRequiredService<ResumeDialog>(),
            provider.GetRequiredService<StatusDialog>(),
            provider.GetRequiredService<ContactDetailsDialog>(),
        ]));

        services.AddSingleton<ITurnHandler<KitaConversationState>, KitaBotHandler>();
        services.AddSingleton(KitaStateJson.Default.KitaConversationState);
        // TryAdd: a test host may put its own bot in place before this runs.
        services.TryAddSingleton<IActivityProcessor, TurnPipeline<KitaConversationState>>();
        return services;
    }
}
