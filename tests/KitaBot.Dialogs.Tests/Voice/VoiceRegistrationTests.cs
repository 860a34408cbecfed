using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Presentation;
using KitaBot.Dialogs.Tests.Testing;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

/// <summary>
/// A whole registration on the <c>telephony</c> channel with the real bot over SQLite: keypad digits (one message
/// per key) for options, the postcode, the code and a date; spoken answers for names, the e-mail address, the phone
/// number and a month; read-backs confirmed with yes, said or pressed, and one corrected with no.
/// </summary>
public sealed class VoiceRegistrationTests
{
    private const string Email = "anna@example.de";

    [Fact]
    public async Task A_caller_registers_a_child_by_voice_and_keypad()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = new RealBot(time);
        var call = new BotSession(bot, new TestConversation(time, ChannelIds.Telephony), activity => activity);

        var welcome = await call.StartAsync();
        Assert.Equal(InputHints.IgnoringInput, welcome.Single(r => r.Text!.StartsWith("About data protection", StringComparison.Ordinal)).InputHint);
        var menu = BotSession.Asks(welcome, "menu");
        Assert.EndsWith("Say or press 3 for Check my registrations.\n\nSay or press 4 for more options.", menu.Text, StringComparison.Ordinal);

        // Page two of the menu, then back to page one: 4 always means "more", and numbers count on the page read out.
        Assert.Contains("Say or press 1 for Change my contact details.", BotSession.Asks(await call.PressAsync("4"), "menu").Text, StringComparison.Ordinal);
        Assert.Contains("Say or press 1 for Register a child.", BotSession.Asks(await call.PressAsync("4"), "menu").Text, StringComparison.Ordinal);
        BotSession.Asks(await call.PressAsync("1"), "family.name");

        // A name is read back spelled out; "no" asks again.
        var readBack = BotSession.Asks(await call.SayAsync("Ana Schmit"), "family.name");
        Assert.StartsWith("I understood: Ana Schmit. Is that right?", readBack.Text, StringComparison.Ordinal);
        Assert.Contains("<say-as interpret-as=\"characters\">Ana Schmit</say-as>", readBack.Speak, StringComparison.Ordinal);
        Assert.StartsWith("What is your full name", BotSession.Asks(await call.SayAsync("No, that is wrong."), "family.name").Text, StringComparison.Ordinal);
        BotSession.Asks(await call.SayAsync("Anna Schmidt"), "family.name");
        BotSession.Asks(await call.SayAsync("Yes, that's right."), "family.email");

        Assert.StartsWith("I understood: anna@example.de.", BotSession.Asks(await call.SayAsync(Email), "family.email").Text, StringComparison.Ordinal);
        var codeQuestion = BotSession.Asks(await call.PressAsync("1"), "family.emailCode");
        Assert.Contains("finish with the hash key", codeQuestion.Text, StringComparison.Ordinal);

        // Digits are collected silently until #.
        var code = await bot.TakeCodeAsync(Email);
        var typing = await call.PressAsync(code);
        Assert.Empty(typing);
        BotSession.Asks(await call.PressAsync("#"), "family.phone");

        var phone = BotSession.Asks(await call.SayAsync("02921 123456"), "family.phone");
        Assert.Contains("<say-as interpret-as=\"characters\">+492921123456</say-as>", phone.Speak, StringComparison.Ordinal);
        BotSession.Asks(await call.PressAsync("1"), "family.postcode");

        // * clears a mistyped entry.
        var ortsteile = BotSession.Asks(await call.PressAsync("123*59590#"), "family.ortsteil");
        Assert.Contains("Say or press 4 for more options.", ortsteile.Text, StringComparison.Ordinal);
        var secondPage = BotSession.Asks(await call.PressAsync("4"), "family.ortsteil");
        Assert.Contains("Say or press 2 for Mönninghausen.", secondPage.Text, StringComparison.Ordinal);
        BotSession.Asks(await call.SayAsync("two"), "family.street");

        BotSession.Asks(await call.SayAsync("Hauptstraße 12"), "child.firstName");
        BotSession.Asks(await call.SayAsync("Mia"), "child.firstName");
        BotSession.Asks(await call.PressAsync("1"), "child.lastName");
        BotSession.Asks(await call.SayAsync("Schmidt"), "child.lastName");
        BotSession.Asks(await call.SayAsync("yes"), "child.born");
        var birth = BotSession.Asks(await call.PressAsync("1"), "child.dateOfBirth");
        Assert.Contains("for example 15032026", birth.Text, StringComparison.Ordinal);

        var birthReadBack = BotSession.Asks(await call.PressAsync("10052024#"), "child.dateOfBirth");
        Assert.StartsWith("I understood: 10 May 2024. Is that right?", birthReadBack.Text, StringComparison.Ordinal);
        Assert.Contains("<say-as interpret-as=\"date\" format=\"dmy\">10.05.2024</say-as>", birthReadBack.Speak, StringComparison.Ordinal);
        BotSession.Asks(await call.PressAsync("1"), "child.startDate");

        Assert.StartsWith("I understood: August 2026.", BotSession.Asks(await call.SayAsync("August 2026"), "child.startDate").Text, StringComparison.Ordinal);
        BotSession.Asks(await call.SayAsync("yes"), "child.weeklyHours");
        BotSession.Asks(await call.PressAsync("2"), "child.carePattern");
        BotSession.Asks(await call.PressAsync("1"), "child.inclusivePlace");
        BotSession.Asks(await call.PressAsync("2"), "child.currentPlace");
        BotSession.Asks(await call.PressAsync("1"), "child.siblingsInCare");
        BotSession.Asks(await call.SayAsync("none"), "child.careType");
        BotSession.Asks(await call.SayAsync("Kita"), "kita.searchArea");
        BotSession.Asks(await call.PressAsync("2"), "kita.staffLanguage");
        var results = await call.PressAsync("2");
        var pick = BotSession.Asks(results, "kita.choice");
        Assert.StartsWith("Which Kita would you like to add?\n\nSay or press 1 for ", pick.Text, StringComparison.Ordinal);

        BotSession.Asks(await call.PressAsync("1"), "kita.comment");
        BotSession.Asks(await call.SayAsync("no remarks"), "kita.choice");
        var paged = call.Transcript[^1];
        Assert.Contains("Say or press 4 for more options.", paged.Text, StringComparison.Ordinal);
        var lastPage = BotSession.Asks(await call.PressAsync("4"), "kita.choice");
        Assert.Contains("Say or press 2 for I am done choosing.", lastPage.Text, StringComparison.Ordinal);
        BotSession.Asks(await call.PressAsync("2"), "registration.anotherChild");

        var review = await call.PressAsync("2");
        var summary = review.Single(r => r.Text!.StartsWith("Please check your answers", StringComparison.Ordinal));
        Assert.Contains("\nMia Schmidt, born 10 May 2024\n", summary.Text, StringComparison.Ordinal);
        BotSession.Asks(review, "review.action");
        BotSession.Asks(await call.PressAsync("1"), "review.confirmRelease");
        var released = await call.PressAsync("1");
        BotSession.Asks(released, "menu");
        var done = released.Single(r => r.Text!.StartsWith("Done!", StringComparison.Ordinal));
        Assert.EndsWith("The status light is now green.", done.Text, StringComparison.Ordinal);
        var references = released.Single(r => r.Text!.StartsWith("KB-", StringComparison.Ordinal));
        Assert.Contains("<say-as interpret-as=\"characters\">KB-", references.Speak, StringComparison.Ordinal);

        var families = bot.Services.GetRequiredService<IFamilyStore>();
        var family = await families.FindByEmailAsync(Email, CancellationToken.None);
        Assert.NotNull(family);
        Assert.Equal("Anna Schmidt", family.Name);
        Assert.Equal("+492921123456", family.Phone);
        Assert.Equal("59590", family.Address.Postcode);
        Assert.Equal("Mönninghausen", family.Address.Ortsteil);
        var child = Assert.Single((await families.GetOverviewAsync(family.Id, CancellationToken.None))!.Children);
        Assert.Equal(RegistrationStatus.Released, Assert.Single(child.Registrations).Status);

        foreach (var reply in call.Transcript)
        {
            SsmlDocument.AssertValid(reply.Speak, Language.English);
            Assert.NotNull(reply.InputHint);
            Assert.Equal(ReplyInspection.Slot(reply) is null ? reply.InputHint : InputHints.ExpectingInput, reply.InputHint);
            Assert.Null(reply.Attachments);
            Assert.Null(reply.SuggestedActions);
            Assert.DoesNotContain(reply.Text!.EnumerateRunes(), r => r.Value is >= 0x1F000 and <= 0x1FAFF);
            Assert.DoesNotContain(reply.Speak!.EnumerateRunes(), r => r.Value is >= 0x1F000 and <= 0x1FAFF);
        }

        await Espeak.AssertRendersAsync(summary.Speak!, Language.English);
        await Espeak.AssertRendersAsync(references.Speak!, Language.English);
    }
}
