namespace KitaBot.BrowserTests;

/// <summary>A Kita the family picks from the search results, with its comment (Bemerkungen) or "-".</summary>
public sealed record KitaAnswer(string Name, string Comment);
