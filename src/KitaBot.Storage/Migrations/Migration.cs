namespace KitaBot.Storage.Migrations;

/// <summary>One forward-only schema step of a store. Versions start at 1 and never change once shipped.</summary>
public sealed record Migration(int Version, string Name, string Sql);
