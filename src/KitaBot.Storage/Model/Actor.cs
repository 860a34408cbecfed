namespace KitaBot.Storage.Model;

/// <summary>Who made a change: a family or staff id, never a name.</summary>
public sealed record Actor(ActorKind Kind, string Id)
{
    /// <summary>The family with this id.</summary>
    public static Actor ForFamily(Guid familyId) => new(ActorKind.Family, familyId.ToString("D"));

    /// <summary>A staff member by their staff id.</summary>
    public static Actor ForStaff(string staffId) => new(ActorKind.Staff, staffId);
}
