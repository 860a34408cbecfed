using System.Text.Json.Serialization;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Registration.State;

/// <summary>
/// Everything KitaBot keeps about one conversation, persisted as versioned JSON with stable names.
/// Bump <see cref="CurrentSchemaVersion"/> when a change would misread older state.
/// </summary>
public sealed class KitaConversationState : IConversationState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    [JsonConverter(typeof(LanguageTagJsonConverter))]
    public Language? Language { get; set; }

    /// <summary>Set once the family chose a language or its first message was checked for one.</summary>
    public bool LanguageSettled { get; set; }

    /// <summary>Set once the welcome and privacy notice were shown.</summary>
    public bool Welcomed { get; set; }

    /// <summary>The family's account once its e-mail address was verified in this conversation.</summary>
    public Guid? FamilyId { get; set; }

    public DialogState Dialogs { get; set; } = new();

    public RegistrationDraft Draft { get; set; } = new();
}
