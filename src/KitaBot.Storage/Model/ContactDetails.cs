namespace KitaBot.Storage.Model;

/// <summary>The contact details a family may change afterwards. The e-mail is not among them: it identifies the account.</summary>
public sealed record ContactDetails(string Name, string Phone, PostalAddress Address, string LanguageTag);
