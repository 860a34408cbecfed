namespace KitaBot.Storage.Model;

/// <summary>The outcome of a status change and the registration as it now is (null when not found).</summary>
public sealed record StatusChangeResult(StatusChangeOutcome Outcome, Registration? Registration);
