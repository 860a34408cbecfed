namespace KitaBot.Storage.Catalog.Model;

/// <summary>A Kreis (district) with its Kreisjugendamt and an approximate bounding box.</summary>
public sealed record District(string Id, string Name, BoundingBox BoundingBox, string KreisjugendamtId, string Source);
