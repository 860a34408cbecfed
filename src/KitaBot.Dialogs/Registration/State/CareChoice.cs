namespace KitaBot.Dialogs.Registration.State;

/// <summary>What care the family looks for; a registration is then made for a Kita, a childminder or both.</summary>
public enum CareChoice
{
    Kita,
    Childminder,
    Both,
}
