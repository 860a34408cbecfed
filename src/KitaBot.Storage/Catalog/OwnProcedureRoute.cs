using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>The town has its own Jugendamt and procedure; the bot routes the family politely to that office.</summary>
public sealed record OwnProcedureRoute(Town Town, JugendamtOffice Office, OwnProcedure Procedure) : TownRoute(Town, Office);
