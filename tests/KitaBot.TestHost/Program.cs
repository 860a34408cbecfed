using KitaBot.TestHost;

// For the Node conformance tests: runs KitaBot with the test bot on a free loopback port, prints the address on one
// line and stops when standard input closes (the test process ended) or on SIGTERM. Arguments become configuration.
await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot(), args: args);
Console.WriteLine($"KITABOT_TEST_HOST_URL={host.BaseAddress}");
await Console.In.ReadToEndAsync();
