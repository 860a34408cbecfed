namespace KitaBot.Dialogs.Registration.Rules;

/// <summary>The ids of the two portals in the shipped portal data.</summary>
public static class PortalIds
{
    public const string KreisSoest = "kreis-soest-kitaportal";
    public const string KreisSteinfurt = "step-kreis-steinfurt";
}
