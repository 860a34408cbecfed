using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>The town registers through a district portal; <see cref="TownRoute.Office"/> is its responsible Jugendamt.</summary>
public sealed record PortalRoute(Town Town, JugendamtOffice Office, Portal Portal) : TownRoute(Town, Office);
