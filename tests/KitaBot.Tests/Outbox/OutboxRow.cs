namespace KitaBot.Tests.Outbox;

/// <summary>One outbox row as stored: pending, sent or failed.</summary>
internal sealed record OutboxRow(Guid Id, string State, int Attempts, string? LastError, bool HasPayload);
