namespace KitaBot.Dialogs.Tests.Engine.Bot;

/// <summary>Which deploy of the "profile" waterfall the test bot runs, for the version-mismatch tests.</summary>
public enum ProfileVariant
{
    Original,
    RenamedStep,
    Reordered,
    Missing,
}
