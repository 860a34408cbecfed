using System.Text.Json;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using Xunit;
using Xunit.Sdk;

namespace KitaBot.Dialogs.Tests.Testing;

/// <summary>
/// A conversation test that reads like the conversation, after the Bot Framework SDK's TestFlow: send, then
/// assert the replies in order, then <see cref="StartTestAsync"/>. It drives a real activity processor (a
/// <see cref="TurnPipeline{TState}"/> over a real store); the replies of a turn are available once the turn,
/// state save included, is done, so asserting needs no waiting.
/// </summary>
public sealed class TestFlow
{
    private readonly IActivityProcessor _processor;
    private readonly TestConversation _conversation;
    private readonly List<(string Description, Func<CancellationToken, Task> Run)> _steps = [];
    private readonly Queue<Activity> _pending = new();
    private readonly List<TurnOutcome> _outcomes = [];

    public TestFlow(IActivityProcessor processor, TestConversation conversation)
    {
        _processor = processor;
        _conversation = conversation;
    }

    /// <summary>The outcome of every turn sent so far, in order.</summary>
    public IReadOnlyList<TurnOutcome> Outcomes => _outcomes;

    public TestFlow Send(string? text) => Send(_conversation.Message(text), $"Send(\"{text}\")");

    public TestFlow Send(Activity activity) => Send(activity, $"Send({activity.Type} activity)");

    /// <summary>A card submit or button click with <c>{"answer": …}</c> and null text.</summary>
    public TestFlow SendSubmit(string answer) => Send(_conversation.SubmitAnswer(answer), $"SendSubmit(\"{answer}\")");

    /// <summary>A card submit with any value and null text.</summary>
    public TestFlow SendSubmit(JsonElement value) => Send(_conversation.Submit(value), $"SendSubmit({value.GetRawText()})");

    public TestFlow AssertReply(string expectedText) =>
        Then($"AssertReply(\"{expectedText}\")", reply => Assert.Equal(expectedText, reply.Text));

    public TestFlow AssertReplyContains(string fragment) =>
        Then($"AssertReplyContains(\"{fragment}\")", reply => Assert.Contains(fragment, reply.Text ?? string.Empty, StringComparison.Ordinal));

    public TestFlow AssertReply(Action<Activity> inspect) => Then("AssertReply(inspection)", inspect);

    /// <summary>Asserts that every reply so far was asserted, i.e. the last turn said nothing more.</summary>
    public TestFlow AssertNoReply()
    {
        _steps.Add(("AssertNoReply()", _ =>
        {
            if (_pending.TryPeek(out var reply))
            {
                throw new XunitException($"Expected no reply, but the bot sent a {reply.Type}: \"{reply.Text}\".");
            }

            return Task.CompletedTask;
        }));
        return this;
    }

    /// <summary>Sends text and asserts the reply, like the SDK's <c>Test</c>.</summary>
    public TestFlow Test(string userText, string expectedReply) => Send(userText).AssertReply(expectedReply);

    /// <summary>Runs the steps in order; a failing step names itself and its position.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        for (var index = 0; index < _steps.Count; index++)
        {
            var (description, run) = _steps[index];
            try
            {
                await run(cancellationToken);
            }
            catch (XunitException failure)
            {
                throw new XunitException($"TestFlow step {index + 1} {description} failed: {failure.Message}", failure);
            }
        }
    }

    private TestFlow Send(Activity activity, string description)
    {
        _steps.Add((description, async cancellationToken =>
        {
            var outcome = await _processor.ProcessAsync(activity, cancellationToken);
            _outcomes.Add(outcome);
            foreach (var reply in outcome.Replies)
            {
                _pending.Enqueue(reply);
            }
        }));
        return this;
    }

    private TestFlow Then(string description, Action<Activity> inspect)
    {
        _steps.Add((description, _ =>
        {
            if (!_pending.TryDequeue(out var reply))
            {
                throw new XunitException("Expected a reply, but the bot sent nothing more.");
            }

            inspect(reply);
            return Task.CompletedTask;
        }));
        return this;
    }
}
