namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>How an incomplete date is resolved: a date of birth lies in the past, a start date in the future.</summary>
public enum DateSense
{
    Past,
    Future,
}
