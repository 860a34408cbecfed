using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>Where a family of a town registers: <see cref="PortalRoute"/> or <see cref="OwnProcedureRoute"/>.</summary>
public abstract record TownRoute(Town Town, JugendamtOffice Office);
