namespace KitaBot.Dialogs.Registration.State;

/// <summary>What care the family looks for.</summary>
public enum CareType
{
    Kita,
    Childminder,
    Both,
}
