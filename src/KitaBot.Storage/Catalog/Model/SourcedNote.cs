namespace KitaBot.Storage.Catalog.Model;

/// <summary>A fact the bot may tell a family, with the source it comes from.</summary>
public sealed record SourcedNote(string Text, string Source);
