using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.State;

/// <summary>The registration for Kindertagespflege.</summary>
public sealed class ChildminderDraft
{
    public ChildminderContact Contact { get; set; }

    public string? KnownChildminderName { get; set; }

    public string? Comment { get; set; }
}
