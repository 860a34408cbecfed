using System.Text.Json.Nodes;
using KitaBot.Dialogs.Tests.Engine.Bot;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>What reaches storage: typed fields, step names and versions, never CLR type names.</summary>
public sealed class PersistedStateTests
{
    [Fact]
    public async Task The_stored_stack_names_the_waiting_step_and_the_dialog_versions()
    {
        var host = new EngineTestHost(MainSteps.Id);
        await host.Flow()
            .Send("hi").AssertReply("How are you?")
            .Send("fine").AssertReply("What is your name?")
            .StartTestAsync();

        var json = (await host.ReadStateJsonAsync())!;
        var stack = JsonNode.Parse(json)!["dialogs"]!["stack"]!.AsArray();

        Assert.Equal(["main", "profile", "name"], stack.Select(i => (string?)i!["id"]));
        Assert.Equal("StartProfileAsync", (string?)stack[0]!["step"]);
        Assert.Equal("AskNameAsync", (string?)stack[1]!["step"]);
        Assert.Equal(["AskGreetingAsync", "StartProfileAsync"], stack[0]!["history"]!.AsArray().Select(n => (string?)n));
        Assert.All(stack, instance => Assert.False(string.IsNullOrEmpty((string?)instance!["version"])));
        Assert.Matches("^main:[0-9A-F]{12}$", (string?)stack[0]!["version"]);
        Assert.Matches("^profile:[0-9A-F]{12}$", (string?)stack[1]!["version"]);

        // The prompt is persisted as text ids and arguments, not rendered words.
        var prompt = stack[2]!["prompt"]!;
        Assert.Equal("profile.name", (string?)prompt["slot"]);
        Assert.Equal("Text", (string?)prompt["kind"]);
        Assert.Equal("Verbatim", (string?)prompt["prompt"]!["id"]);

        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain("KitaBot.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("stepIndex", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_component_keeps_its_inner_stack_inside_its_instance()
    {
        var host = new EngineTestHost(FamilySteps.Id);
        await host.Flow()
            .Send("hi").AssertReply("What is the parent's name?")
            .Send("Olena").AssertReply("What is your child's name?")
            .StartTestAsync();

        var stack = JsonNode.Parse((await host.ReadStateJsonAsync())!)!["dialogs"]!["stack"]!.AsArray();
        Assert.Equal(["family", "child"], stack.Select(i => (string?)i!["id"]));
        Assert.Matches("^child:[0-9A-F]{12}$", (string?)stack[1]!["version"]);
        var inner = stack[1]!["inner"]!["stack"]!.AsArray();
        Assert.Equal(["childDetails", "childText"], inner.Select(i => (string?)i!["id"]));
        Assert.Equal("AskChildNameAsync", (string?)inner[0]!["step"]);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var host = new EngineTestHost(ProfileSteps.Id);
        await host.Flow().Send("hi").AssertReply("What is your name?").StartTestAsync();
        var store = (Testing.InMemoryStateStore)host.Store;
        var writes = store.SuccessfulWrites;

        // A typing activity reaches the waiting prompt, which ignores it: the state bytes are unchanged.
        await host.Flow().Send(host.Conversation.OfType("typing")).AssertNoReply().StartTestAsync();

        Assert.Equal(writes, store.SuccessfulWrites);
    }
}
