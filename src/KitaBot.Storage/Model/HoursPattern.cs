namespace KitaBot.Storage.Model;

/// <summary>How 35 weekly hours are taken.</summary>
public enum HoursPattern
{
    /// <summary>In one block each day ("durchgehend").</summary>
    Block,

    /// <summary>Split: mornings and afternoons with a lunch break at home.</summary>
    Split,
}
