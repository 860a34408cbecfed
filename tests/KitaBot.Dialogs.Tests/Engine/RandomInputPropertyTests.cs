using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Engine.Bot;
using Xunit;

namespace KitaBot.Dialogs.Tests.Engine;

/// <summary>Whatever arrives at whichever prompt, the engine never throws and either answers or keeps waiting.</summary>
public sealed class RandomInputPropertyTests
{
    private static readonly Dictionary<string, string[]> AnswersByRoot = new(StringComparer.Ordinal)
    {
        [MainSteps.Id] = ["fine", "Anna", "Soest"],
        [FamilySteps.Id] = ["Olena", "Mia", "3"],
        [LoopSteps.Id] = ["apple", "pear", "plum"],
    };

    private static readonly Gen<string> Texts = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.Elements("back", "cancel", "deutsch", "done", "", "   ", "\u200f\u202e", "مرحبا", "Привіт", "👶🏽", "<b>x</b>", "{\"answer\":1}"),
        Gen.Choose(1, 5000).Select(n => new string('ä', n)));

    private static readonly Gen<string?> Values = Gen.OneOf(
        Gen.Constant<string?>(null),
        Texts.Select(s => (string?)JsonSerializer.Serialize(new Dictionary<string, string> { ["answer"] = s })),
        Gen.Elements<string?>(
            "{\"answer\":42}", "{\"answer\":null}", "{\"answer\":[\"a\"]}", "{\"nested\":{\"answer\":\"x\"}}",
            "[1,\"a\",null]", "\"plain\"", "true", "null", "{}", "{\"answer\":{\"answer\":\"deep\"}}"));

    private static readonly Gen<string?> Types = Gen.Frequency(
        (6, Gen.Constant<string?>(ActivityTypes.Message)),
        (1, Gen.Elements<string?>(ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke,
            ActivityTypes.MessageReaction, ActivityTypes.EndOfConversation, "", "somethingNew", null)));

    private static readonly Gen<PromptProbe> Probes =
        from root in Gen.Elements(AnswersByRoot.Keys.ToArray())
        from depth in Gen.Choose(0, 3)
        from type in Types
        from text in Gen.OneOf(Texts.Select(t => (string?)t), Gen.Constant<string?>(null))
        from value in Values
        select new PromptProbe(root, depth, type, text, value);

    [Fact]
    public void Random_input_at_any_prompt_never_throws_and_always_answers_or_waits()
    {
        var property = Prop.ForAll(Arb.From(Probes), probe => Holds(probe).GetAwaiter().GetResult());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    private static async Task<bool> Holds(PromptProbe probe)
    {
        var host = new EngineTestHost(probe.RootDialog);
        var c = host.Conversation;
        await host.Pipeline.ProcessAsync(c.Message("start"), CancellationToken.None);
        foreach (var answer in AnswersByRoot[probe.RootDialog].Take(probe.AnswersBefore))
        {
            await host.Pipeline.ProcessAsync(c.Message(answer), CancellationToken.None);
        }

        var input = c.OfType(probe.Type);
        input.Text = probe.Text;
        input.Value = probe.ValueJson is null ? null : JsonDocument.Parse(probe.ValueJson).RootElement.Clone();

        var outcome = await host.Pipeline.ProcessAsync(input, CancellationToken.None);
        var state = await host.ReadStateAsync();

        var answered = outcome.Replies.Count > 0 && outcome.Replies.All(r => !string.IsNullOrEmpty(r.Text));
        var waiting = state.Dialogs.Stack.Count > 0;
        return host.Bot.Errors.Count == 0 && (answered || waiting);
    }
}
