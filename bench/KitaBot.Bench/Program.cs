using KitaBot.Bench;

if (args.Contains("--recognizers"))
{
    return RecognizerBenchmark.Run();
}

var options = BenchOptions.Parse(args);
return args.Contains("--in-process")
    ? await InProcessBenchmark.RunAsync(options)
    : await TurnBenchmark.RunAsync(options);
