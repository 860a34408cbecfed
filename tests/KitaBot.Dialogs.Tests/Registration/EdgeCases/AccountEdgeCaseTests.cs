using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Tests.Registration.Host;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.EdgeCases;

/// <summary>Wrong answers in the account part, each answered with the catalog's reason and the same question again.</summary>
public sealed class AccountEdgeCaseTests
{
    private const Language En = Language.English;

    private static async Task<ConversationDriver> AtEmailAsync(RegistrationTestHost host)
    {
        var family = host.Drive("en-GB");
        await family.SayAsync("[join]", "Register a child", "Amira Haddad");
        family.AssertAsking("family.email");
        return family;
    }

    private static string Reprompt(string reason, string question) => reason + "\n\n" + question;

    [Fact]
    public async Task An_invalid_email_is_asked_again_with_an_example()
    {
        await using var host = new RegistrationTestHost();
        var family = await AtEmailAsync(host);

        await family.SayAsync("amira.haddad(at)example");

        Assert.Equal(Reprompt(host.Text(En, TextId.EmailInvalid), host.Text(En, TextId.EmailPrompt)), Assert.Single(family.Replies).Text);
        family.AssertAsking("family.email");
        Assert.Empty(await host.Mailbox.CollectAsync());
    }

    [Fact]
    public async Task A_wrong_code_says_how_many_tries_are_left_and_the_right_code_still_works_afterwards()
    {
        await using var host = new RegistrationTestHost();
        var family = await AtEmailAsync(host);
        await family.SayAsync("amira@example.org");
        var question = host.Text(En, TextId.CodeSentPrompt, TextArg.Plain("email", "amira@example.org"));

        await family.SayAsync(TranscriptInstrument.WrongCodeMarker);
        Assert.Equal(Reprompt(host.Text(En, TextId.CodeWrong, TextArg.Count(4)), question), Assert.Single(family.Replies).Text);
        await family.SayAsync("12 34");
        Assert.Equal(Reprompt(host.Text(En, TextId.CodeFormat), question), Assert.Single(family.Replies).Text);
        family.AssertAsking("family.emailCode");

        await family.SayAsync(TranscriptInstrument.CodeMarker);
        family.AssertAsking("family.phone");
    }

    [Fact]
    public async Task Three_failed_answers_in_a_row_bring_the_offer_of_help_and_a_person()
    {
        await using var host = new RegistrationTestHost();
        var family = await AtEmailAsync(host);

        await family.SayAsync("no idea", "really no idea");
        Assert.StartsWith(host.Text(En, TextId.EmailInvalid), family.Replies[0].Text, StringComparison.Ordinal);
        await family.SayAsync("what is that");

        Assert.Equal(2, family.Replies.Count);
        Assert.Equal(host.Text(En, TextId.EmailInvalid), family.Replies[0].Text);
        Assert.Equal(Reprompt(host.Text(En, TextId.PromptTooManyAttempts), host.Text(En, TextId.EmailPrompt)), family.Replies[1].Text);
        family.AssertAsking("family.email");
    }

    [Fact]
    public async Task A_postcode_outside_both_districts_is_explained_and_asked_again()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync("[join]", "Register a child", "Amira Haddad", "amira@example.org", TranscriptInstrument.CodeMarker, "0170 1234567");
        family.AssertAsking("family.postcode");

        await family.SayAsync("10115");

        Assert.Equal(Reprompt(host.Text(En, TextId.PostcodeOutsideDistrict), host.Text(En, TextId.PostcodePrompt)), Assert.Single(family.Replies).Text);
        await family.SayAsync("5945");
        Assert.Equal(Reprompt(host.Text(En, TextId.PostcodeInvalid), host.Text(En, TextId.PostcodePrompt)), Assert.Single(family.Replies).Text);
        family.AssertAsking("family.postcode");
    }

    [Fact]
    public async Task An_unknown_Ortsteil_of_a_town_with_a_complete_list_gets_suggestions()
    {
        await using var host = new RegistrationTestHost();
        Assert.True(host.Catalog.FindTownById("werl")!.OrtsteileComplete);
        var family = host.Drive("en-GB");
        await family.SayAsync("[join]", "Register a child", "Amira Haddad", "amira@example.org", TranscriptInstrument.CodeMarker, "0170 1234567", "59457");
        family.AssertAsking("family.ortsteil");
        var question = host.Text(En, TextId.OrtsteilPrompt, TextArg.Plain("town", "Werl"));

        await family.SayAsync("Büdrich");

        var reply = Assert.Single(family.Replies).Text!;
        Assert.StartsWith("I do not know this district in Werl. Did you mean: ", reply, StringComparison.Ordinal);
        Assert.Contains("Büderich", reply, StringComparison.Ordinal);
        Assert.EndsWith("?\n\n" + question, reply, StringComparison.Ordinal);
        family.AssertAsking("family.ortsteil");

        await family.SayAsync("Buederich", "Hauptstraße 12");
        var stored = await host.Families.FindByEmailAsync("amira@example.org", CancellationToken.None);
        Assert.Equal("Büderich", stored!.Address.Ortsteil);
    }

    [Fact]
    public async Task Soest_has_its_own_procedure_and_the_family_gets_its_office()
    {
        await using var host = new RegistrationTestHost();
        var soest = host.Catalog.FindTownById("soest")!;
        var office = host.Catalog.FindOffice(soest.JugendamtId)!;
        var family = host.Drive("en-GB");
        await family.SayAsync("[join]", "Register a child", "Amira Haddad", "amira@example.org", TranscriptInstrument.CodeMarker, "0170 1234567");

        await family.SayAsync("59494");

        Assert.Equal(
            host.Text(En, TextId.OwnProcedure,
                TextArg.Plain("town", "Soest"), TextArg.Plain("office", office.Name), TextArg.Plain("phone", office.Phone ?? "-"),
                TextArg.Plain("email", office.Email ?? "-"), TextArg.Plain("website", office.Website ?? "-")),
            family.Replies[0].Text);
        Assert.Contains(office.Name, family.Replies[0].Text, StringComparison.Ordinal);
        family.AssertAsking("menu");
        Assert.Equal(0, await host.CountAsync("select count(*) from registrations"));
    }
}
