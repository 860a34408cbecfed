using KitaBot;
using KitaBot.Cli;

if (args is [ImportFacilitiesCommand.Verb, ..])
{
    return await ImportFacilitiesCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error, CancellationToken.None);
}

if (args is [RecognizeCommand.Verb, ..])
{
    return await RecognizeCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error, CancellationToken.None);
}

var app = KitaBotHost.Create(args);
await app.RunAsync();
return 0;
