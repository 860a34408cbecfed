using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine;

/// <summary>The result of a turn: replies to deliver, in order, and for an invoke the synchronous answer.</summary>
public sealed record TurnOutcome(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse);
