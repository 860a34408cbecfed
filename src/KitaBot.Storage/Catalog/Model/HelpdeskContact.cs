namespace KitaBot.Storage.Catalog.Model;

/// <summary>A helpdesk a family can call or write to; at least one of phone and e-mail is present.</summary>
public sealed record HelpdeskContact(HelpdeskTopic Topic, string Name, string? Phone, string? Email, string Source);
