using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>
/// A whole registration in a Teams personal chat with the real bot and a real SQLite store: card submits (value, no
/// text) for card questions, typed titles for suggested actions (Teams sends imBack as text), the date picker's
/// submit for dates, and the e-mail code read from the outbox.
/// </summary>
public sealed class TeamsRegistrationTests
{
    private const string Email = "anna@example.de";
    private const string Remark = "Near <b>grandma</b> & \"work\" {\"answer\":\"x\"} **bold**";

    [Fact]
    public async Task A_family_registers_a_child_with_cards_and_suggested_actions()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = new RealBot(time);
        var session = new BotSession(bot, new TestConversation(time, ChannelIds.Teams), TeamsShape.For("personal"));

        var menu = BotSession.Asks(await session.StartAsync(), "menu");
        Assert.Contains(ReplyInspection.CardButtons(menu), b => b.Answer == "register");

        BotSession.Asks(await session.SubmitAsync("register"), "family.name");
        BotSession.Asks(await session.SayAsync("Anna Schmidt"), "family.email");
        var code = BotSession.Asks(await session.SayAsync(Email), "family.emailCode");
        Assert.Equal([("Send a new code", "resend")], ReplyInspection.CardButtons(code));
        BotSession.Asks(await session.SayAsync(await bot.TakeCodeAsync(Email)), "family.phone");
        BotSession.Asks(await session.SayAsync("02921 123456"), "family.postcode");

        var ortsteil = BotSession.Asks(await session.SayAsync("48565"), "family.ortsteil");
        Assert.Null(ortsteil.Attachments);
        Assert.All(ortsteil.SuggestedActions!.Actions!, a => Assert.Equal("imBack", a.Type));
        BotSession.Asks(await session.SayAsync(ortsteil.SuggestedActions.Actions![0].Title!), "family.street");

        BotSession.Asks(await session.SayAsync("Hauptstraße 12"), "child.firstName");
        BotSession.Asks(await session.SayAsync("Mia"), "child.lastName");
        BotSession.Asks(await session.SayAsync("Schmidt"), "child.born");
        var birth = BotSession.Asks(await session.SayAsync("Yes"), "child.dateOfBirth");
        Assert.Equal("Input.Date", Card(birth).GetProperty("body")[0].GetProperty("type").GetString());
        BotSession.Asks(await session.SubmitAsync(DatePicked("2024-05-10")), "child.startDate");
        BotSession.Asks(await session.SubmitAsync(DatePicked("2026-08-01")), "child.weeklyHours");

        BotSession.Asks(await session.SayAsync("35 hours"), "child.carePattern");
        BotSession.Asks(await AnswerWithSuggestedAsync(session, 0), "child.inclusivePlace");
        BotSession.Asks(await session.SayAsync("No"), "child.currentPlace");
        BotSession.Asks(await session.SayAsync("No"), "child.siblingsInCare");
        BotSession.Asks(await session.SayAsync("-"), "child.careType");
        BotSession.Asks(await session.SayAsync("Kita"), "kita.searchArea");
        BotSession.Asks(await session.SayAsync("In my district"), "kita.staffLanguage");

        var found = await session.SayAsync("No");
        var results = found.Single(r => r.Text!.StartsWith("I found", StringComparison.Ordinal));
        var resultLines = CardShape.ValidateReply(results);
        Assert.True(resultLines.Count > 1);
        var pick = BotSession.Asks(found, "kita.choice");
        var kitaName = resultLines[1][3..resultLines[1].IndexOf(" (", StringComparison.Ordinal)];
        BotSession.Asks(await ChooseAsync(session, pick, kitaName), "kita.comment");

        // With the "done" option the list has more than three options, so even a personal chat gets card buttons.
        var again = BotSession.Asks(await session.SayAsync(Remark), "kita.choice");
        Assert.Contains(ReplyInspection.CardButtons(again), b => b.Answer == "done");
        BotSession.Asks(await session.SubmitAsync("done"), "registration.anotherChild");

        var review = await session.SayAsync("No");
        var summary = review.Single(r => r.Text!.StartsWith("Please check your answers", StringComparison.Ordinal));
        var summaryLines = CardShape.ValidateReply(summary);
        Assert.Contains(summaryLines, line => line.Contains(Remark, StringComparison.Ordinal));
        Assert.Contains(summaryLines, line => line.Contains("Mia Schmidt", StringComparison.Ordinal));

        var action = BotSession.Asks(review, "review.action");
        BotSession.Asks(await session.SayAsync(action.SuggestedActions!.Actions![0].Title!), "review.confirmRelease");

        var released = await session.SayAsync("Yes");
        BotSession.Asks(released, "menu");
        var confirmation = released.Where(r => r.Attachments is { Count: > 0 } && ReplyInspection.Slot(r) is null).ToList();
        Assert.Equal(2, confirmation.Count);
        Assert.All(confirmation, reply => CardShape.ValidateReply(reply));
        Assert.StartsWith("KB-", Assert.Single(CardShape.ValidateReply(confirmation[1])), StringComparison.Ordinal);

        var family = await bot.Services.GetRequiredService<IFamilyStore>().FindByEmailAsync(Email, CancellationToken.None);
        Assert.NotNull(family);
        Assert.Equal("Anna Schmidt", family.Name);
        Assert.Equal("+492921123456", family.Phone);
        var overview = await bot.Services.GetRequiredService<IFamilyStore>().GetOverviewAsync(family.Id, CancellationToken.None);
        var registration = Assert.Single(Assert.Single(overview!.Children).Registrations);
        Assert.Equal(RegistrationStatus.Released, registration.Status);

        Assert.All(session.Transcript.Where(r => r.Attachments is { Count: > 0 }), reply => CardShape.ValidateReply(reply));
        Assert.All(session.Transcript, reply => Assert.True(reply.SuggestedActions?.Actions is not { Count: > 3 }));
    }

    /// <summary>Presses the card button with this title, or the suggested action with it (sent as its text).</summary>
    private static Task<IReadOnlyList<Activity>> ChooseAsync(BotSession session, Activity prompt, string title)
    {
        if (ReplyInspection.CardButtons(prompt).FirstOrDefault(b => b.Title == title) is { Answer: { } answer })
        {
            return session.SubmitAsync(answer);
        }

        Assert.Null(prompt.Attachments);
        return session.SayAsync(Assert.Single(prompt.SuggestedActions!.Actions!, a => a.Title == title).Title!);
    }

    private static Task<IReadOnlyList<Activity>> AnswerWithSuggestedAsync(BotSession session, int index) =>
        session.SayAsync(session.Transcript[^1].SuggestedActions!.Actions![index].Title!);

    private static JsonElement Card(Activity reply) => ReplyInspection.Card(reply) ?? throw new InvalidOperationException("The reply has no card.");

    /// <summary>What Teams posts for the date card's submit: the input's value under its id.</summary>
    private static JsonElement DatePicked(string isoDate)
    {
        using var document = JsonDocument.Parse($$"""{"answer":"{{isoDate}}"}""");
        return document.RootElement.Clone();
    }
}
