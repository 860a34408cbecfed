namespace KitaBot.Dialogs.Localization;

/// <summary>What a family can say at any prompt instead of an answer. The words for each are in the language files.</summary>
public enum Command
{
    Help,
    Cancel,
    Back,
    StartOver,
    Language,
    Person,
}
