using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>The typed conversation state of the engine's test bot.</summary>
public sealed class EngineTestState : IConversationState
{
    public Language? Language { get; set; }

    public DialogState Dialogs { get; set; } = new();

    public string? Greeting { get; set; }

    public string? Name { get; set; }

    public string? City { get; set; }

    public string? Comment { get; set; }

    public string? ParentName { get; set; }

    public string? ChildName { get; set; }

    public string? ChildAge { get; set; }

    public List<string> Items { get; set; } = [];

    /// <summary>Raised by the "count" command; the concurrency tests count lost updates with it.</summary>
    public int Counter { get; set; }
}
