namespace KitaBot.Storage.Model;

/// <summary>
/// Who changed what. <see cref="Action"/> and <see cref="Detail"/> hold codes and statuses only, never names, e-mails
/// or free text, so the log itself carries no personal data.
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, Actor By, string Action, string EntityKind, Guid EntityId, string? Detail);
