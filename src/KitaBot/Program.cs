using KitaBot;

var app = KitaBotHost.Create(args);
await app.RunAsync();
