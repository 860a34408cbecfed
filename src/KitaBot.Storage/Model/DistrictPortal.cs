namespace KitaBot.Storage.Model;

/// <summary>The district portal a registration belongs to; stored as <c>kreis-soest</c> / <c>kreis-steinfurt</c>.</summary>
public enum DistrictPortal
{
    /// <summary>Kreis Soest Kita-Portal.</summary>
    KreisSoest,

    /// <summary>STEP, Kreis Steinfurt.</summary>
    KreisSteinfurt,
}
