namespace KitaBot.Storage.Model;

/// <summary>What creating a family account needs; the e-mail should have been verified first.</summary>
public sealed record NewFamily(string Name, string Email, string Phone, PostalAddress Address, string LanguageTag);
