namespace KitaBot.Storage.Catalog.Model;

public sealed record PostalAddress(string Street, string Postcode, string Town);
