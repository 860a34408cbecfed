namespace KitaBot.Storage.Model;

/// <summary>Betreuungsart.</summary>
public enum CareType
{
    /// <summary>A place in a day-care centre (Kita).</summary>
    Kita,

    /// <summary>Kindertagespflege (KTP) with a childminder.</summary>
    Childminder,
}
