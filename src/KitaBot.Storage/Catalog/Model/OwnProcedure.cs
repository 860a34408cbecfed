namespace KitaBot.Storage.Catalog.Model;

/// <summary>How a town with its own Jugendamt registers children instead of the district portal.</summary>
public sealed record OwnProcedure(string Summary, string? Url, string Source);
