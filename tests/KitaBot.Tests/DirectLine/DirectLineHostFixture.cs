using KitaBot.TestHost;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>One real KitaBot host with the test bot, shared by the tests of a class.</summary>
public sealed class DirectLineHostFixture : IAsyncLifetime
{
    public GreetingEchoBot Bot { get; } = new();

    public LoopbackKitaBot Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LoopbackKitaBot.StartAsync(Bot);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
