namespace KitaBot.Storage.Catalog.Loading;

/// <summary>One validation failure: the record it concerns (null for the whole file) and what is wrong.</summary>
public sealed record CatalogProblem(string? RecordId, string Message);
