using System.Text.Json;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Protocol;
using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Storage.Model;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.EdgeCases;

/// <summary>
/// What a family may say instead of an answer, at any question: help, back, cancel, start over, a language, a
/// file, a card submit without text. Each gets its answer, the question comes again, and no answer is lost.
/// </summary>
public sealed class InterruptionTests
{
    private const string Email = "anna@example.de";

    private static readonly string[] GermanAccount =
        ["[join]", "Ein Kind anmelden", "Anna Schmidt", Email, Families.Code, "02922 778899", "59457", "Westönnen", "Kirchplatz 4"];

    [Fact]
    public async Task Help_explains_the_question_and_back_asks_the_previous_one_again()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("de-DE");
        await family.SayAsync([.. GermanAccount, "Mia", "Schmidt", "ja"]);
        family.AssertAsking("child.dateOfBirth");
        var question = family.Question.Text!;

        await family.SayAsync("Hilfe");
        Assert.Equal([host.Text(Language.German, TextId.HelpDate), question], family.Texts);
        family.AssertAsking("child.dateOfBirth");

        await family.SayAsync("zurück");
        family.AssertAsking("child.born");
        await family.SayAsync("zurück");
        family.AssertAsking("child.lastName");
        await family.SayAsync("Schmidt", "ja", "05.06.2025");
        family.AssertAsking("child.startDate");
    }

    [Fact]
    public async Task Naming_a_language_switches_at_the_question_and_keeps_every_answer()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("de-DE");
        await family.SayAsync([.. GermanAccount, "Mia", "Schmidt", "ja", "05.06.2025"]);
        family.AssertAsking("child.startDate");

        await family.SayAsync("English");
        Assert.Equal(host.Text(Language.English, TextId.LanguageSwitched, TextArg.Plain("language", "English")), family.Texts[0]);
        Assert.Equal(host.Text(Language.English, TextId.ChildStartDatePrompt, TextArg.Plain("name", "Mia")), family.Texts[^1]);
        Assert.Equal("en-GB", family.Question.Locale);

        await family.SayAsync("1 August 2027");
        family.AssertAsking("child.weeklyHours");
        await family.SayAsync("Türkçe");
        Assert.Equal("tr-TR", family.Question.Locale);
        Assert.Equal(host.Text(Language.Turkish, TextId.ChildHoursPrompt, TextArg.Plain("name", "Mia")), family.Texts[^1]);
        family.AssertAsking("child.weeklyHours");

        await family.SayAsync("[Hours25]", "hayır", "hayır", "-", "Kita", "[town]", "hayır", "1", "-", "[done]", "hayır", "[release]", "evet");

        var stored = await host.Families.FindByEmailAsync(Email, CancellationToken.None);
        var child = Assert.Single((await host.Families.GetOverviewAsync(stored!.Id, CancellationToken.None))!.Children);
        Assert.Equal(new ChildBirthDate(new DateOnly(2025, 6, 5), false), child.Child.Birth);
        var registration = Assert.Single(child.Registrations);
        Assert.Equal(new DateOnly(2027, 8, 1), registration.Details.DesiredStart);
        Assert.Equal(WeeklyHours.Hours25, registration.Details.Hours);
        var confirmation = Assert.Single(await host.Mailbox.ConfirmationsAsync());
        Assert.Equal("tr-TR", confirmation.Message.LanguageTag);
    }

    [Fact]
    public async Task Cancel_stops_and_keeps_the_account_so_registering_again_starts_at_the_child()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("de-DE");
        await family.SayAsync([.. GermanAccount, "Mia"]);

        await family.SayAsync("abbrechen");
        Assert.Equal(host.Text(Language.German, TextId.Cancelled), family.Texts[0]);
        family.AssertAsking("menu");

        await family.SayAsync("Ein Kind anmelden");
        family.AssertAsking("child.firstName");
    }

    [Fact]
    public async Task Start_over_forgets_the_children_but_keeps_the_account()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email), "Lina", "Haddad", "yes", "14.05.2024"]);

        await family.SayAsync("start over");
        Assert.Equal(host.Text(Language.English, TextId.StartingOver), family.Texts[0]);
        family.AssertAsking("menu");

        await family.SayAsync("Register a child");
        family.AssertAsking("child.firstName");
        await family.SayAsync("Omar", "Haddad");
        Assert.Equal(host.Text(Language.English, TextId.ChildBornPrompt, TextArg.Plain("name", "Omar")), family.Question.Text);
    }

    [Fact]
    public async Task A_card_submit_with_null_text_answers_a_choice_and_an_unknown_one_is_asked_again()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email), "Lina", "Haddad", "yes", "14.05.2024", "1 August 2027"]);
        family.AssertAsking("child.weeklyHours");

        using var unknown = JsonDocument.Parse("""{"answer": "Hours99"}""");
        await family.SendAsync(family.Conversation.Submit(unknown.RootElement.Clone()));
        Assert.StartsWith(host.Text(Language.English, TextId.ChoiceNotUnderstood, TextArg.Count(3)), Assert.Single(family.Replies).Text, StringComparison.Ordinal);
        family.AssertAsking("child.weeklyHours");

        using var other = JsonDocument.Parse("""{"action": "submit", "data": 1}""");
        await family.SendAsync(family.Conversation.Submit(other.RootElement.Clone()));
        family.AssertAsking("child.weeklyHours");

        await family.SayAsync("[Hours35]");
        family.AssertAsking("child.carePattern");
    }

    [Fact]
    public async Task A_file_is_refused_politely_and_the_question_comes_again()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email), "Lina"]);
        family.AssertAsking("child.lastName");

        var upload = family.Conversation.Message(null);
        upload.Attachments = [new Attachment { ContentType = "image/jpeg", Name = "birth-certificate.jpg", ContentUrl = "https://files.example/1.jpg" }];
        await family.SendAsync(upload);

        Assert.Equal(
            [host.Text(Language.English, TextId.UploadNotAccepted), host.Text(Language.English, TextId.ChildLastNamePrompt, TextArg.Plain("name", "Lina"))],
            family.Texts);
        family.AssertAsking("child.lastName");
    }

    [Fact]
    public async Task Asking_for_a_person_gives_both_helpdesks_and_the_question_again()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount(Email), "Lina"]);

        await family.SayAsync("person");

        Assert.Contains("02921 30-2065", family.Texts[0], StringComparison.Ordinal);
        Assert.Contains("05451 931-779", family.Texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("{", family.Texts[0], StringComparison.Ordinal);
        family.AssertAsking("child.lastName");
    }
}
