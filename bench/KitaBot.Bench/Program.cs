using KitaBot.Bench;

return args.Contains("--recognizers")
    ? RecognizerBenchmark.Run()
    : await TurnBenchmark.RunAsync(BenchOptions.Parse(args));
