namespace KitaBot.Storage.Model;

/// <summary>Who acted.</summary>
public enum ActorKind
{
    /// <summary>A family, identified by its family id.</summary>
    Family,

    /// <summary>Jugendamt staff, identified by their staff (Entra) id.</summary>
    Staff,

    /// <summary>KitaBot itself, e.g. a scheduled job.</summary>
    System,
}
