namespace KitaBot.Channels.DirectLine;

/// <summary>The id of a stored user activity and whether the bot's turn for it succeeded.</summary>
internal sealed record PostedActivity(string Id, bool TurnSucceeded);
