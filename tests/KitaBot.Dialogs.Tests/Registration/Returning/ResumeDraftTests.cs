using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Tests.Registration.Host;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.Returning;

/// <summary>A family's unfinished registration survives other visits and resumes at the question where it stopped.</summary>
public sealed class ResumeDraftTests
{
    private const string Email = "returning@example.org";

    [Fact]
    public async Task Resuming_from_the_menu_says_welcome_back_and_asks_only_the_saved_question()
    {
        await using var host = new RegistrationTestHost();
        var first = host.Drive("en-GB", "first-device");
        await first.SayAsync([.. Families.WerlAccount(Email), "Lina", "Haddad", "yes", "14.05.2024"]);
        first.AssertAsking("child.startDate");

        var second = host.Drive("en-GB", "second-device");
        var replies = await second.SayAsync("[join]", "Continue a saved registration", Email, Families.Code);

        Assert.Equal(2, replies.Count);
        Assert.Equal(host.Text(Language.English, TextId.Resumed), replies[0].Text);
        second.AssertAsking("child.startDate");
    }

    [Fact]
    public async Task Resuming_from_a_new_registration_asks_only_the_saved_question()
    {
        await using var host = new RegistrationTestHost();
        await host.Drive("en-GB", "first-device").SayAsync([.. Families.WerlAccount(Email), "Lina", "Haddad", "yes"]);

        var second = host.Drive("en-GB", "second-device");
        await second.SayAsync("[join]", "Register a child", "Amira Haddad", Email, Families.Code);
        second.AssertAsking("family.resumeDraft");
        var replies = await second.SayAsync("yes");

        Assert.Equal([host.Text(Language.English, TextId.Resumed), "What is the date of birth (Geburtsdatum) of Lina?"], replies.Select(r => r.Text));
        second.AssertAsking("child.dateOfBirth");
    }

    [Fact]
    public async Task Checking_the_registrations_from_another_device_keeps_the_saved_draft()
    {
        await using var host = new RegistrationTestHost();
        await host.Drive("en-GB", "first-device").SayAsync([.. Families.WerlAccount(Email), "Lina", "Haddad"]);

        var phone = host.Drive("en-GB", "phone");
        await phone.SayAsync("[join]", "Check my registrations", Email, Families.Code);
        Assert.Contains(host.Text(Language.English, TextId.StatusNone), phone.Texts);
        await phone.SayAsync("Back to the menu");

        var laptop = host.Drive("en-GB", "laptop");
        await laptop.SayAsync("[join]", "Continue a saved registration", Email, Families.Code);
        Assert.Equal(host.Text(Language.English, TextId.Resumed), laptop.Texts[0]);
        laptop.AssertAsking("child.born");
    }

    [Fact]
    public async Task A_draft_begun_in_German_and_finished_in_English_is_confirmed_in_English()
    {
        await using var host = new RegistrationTestHost();
        await host.Drive("de-DE", "german-phone").SayAsync(
            "[join]", "Ein Kind anmelden", "Amira Haddad", Email, Families.Code, "0170 1234567", "59457", "Büderich", "Hauptstraße 12", "Lina", "Haddad");
        Assert.Equal("de-DE", (await host.Families.FindByEmailAsync(Email, CancellationToken.None))!.LanguageTag);

        var laptop = host.Drive("en-GB", "english-laptop");
        await laptop.SayAsync("[join]", "Continue a saved registration", Email, Families.Code);
        laptop.AssertAsking("child.born");
        await laptop.SayAsync("yes", "14.05.2024", "1 August 2027", "45 hours", "no", "no", "-", "Kita", "[town]", "no", "1", "-", "[done]", "no", "[release]", "yes");

        var confirmation = Assert.Single(await host.Mailbox.ConfirmationsAsync());
        Assert.Equal("en-GB", confirmation.Message.LanguageTag);
        Assert.Equal("en-GB", (await host.Families.FindByEmailAsync(Email, CancellationToken.None))!.LanguageTag);
    }
}
