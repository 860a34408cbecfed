namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>The parts of a child's pre-registration the review can change, by language-neutral value.</summary>
public static class ChildEdits
{
    public const string Name = "child.name";
    public const string Birth = "child.birth";
    public const string Start = "child.start";
    public const string Hours = "child.hours";
    public const string Inclusion = "child.inclusion";
    public const string CurrentPlace = "child.currentPlace";
    public const string Siblings = "child.siblings";
    public const string CareType = "child.careType";
}
