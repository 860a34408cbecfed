using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Tests.Registration.Host;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.EdgeCases;

/// <summary>Impossible dates for the child, each answered with the catalog's reason and the same question again.</summary>
public sealed class ChildEdgeCaseTests
{
    private const Language En = Language.English;

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_refused()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount("future@example.org"), "Lina", "Haddad", "yes"]);

        await family.SayAsync("3 March 2027");

        Assert.Equal(
            host.Text(En, TextId.BirthDateInFuture) + "\n\n" + host.Text(En, TextId.ChildBirthDatePrompt, TextArg.Plain("name", "Lina")),
            Assert.Single(family.Replies).Text);
        family.AssertAsking("child.dateOfBirth");
    }

    [Fact]
    public async Task A_start_date_in_the_past_is_refused()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount("past@example.org"), "Lina", "Haddad", "yes", "14.05.2024"]);

        await family.SayAsync("01.08.2026");

        Assert.Equal(
            host.Text(En, TextId.StartDateInPast) + "\n\n" + host.Text(En, TextId.ChildStartDatePrompt, TextArg.Plain("name", "Lina")),
            Assert.Single(family.Replies).Text);
        family.AssertAsking("child.startDate");
    }

    [Fact]
    public async Task A_start_within_six_months_is_accepted_with_the_KiBiz_warning()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount("soon@example.org"), "Lina", "Haddad", "yes", "14.05.2024"]);

        await family.SayAsync("1 February 2027");

        Assert.Equal(host.Text(En, TextId.StartShortNoticeWarning), family.Replies[0].Text);
        family.AssertAsking("child.weeklyHours");
    }

    [Fact]
    public async Task A_due_date_in_the_past_is_refused()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount("due@example.org"), "baby", "Haddad", "no"]);
        family.AssertAsking("child.dueDate");

        await family.SayAsync("1 October 2026");

        Assert.Equal(host.Text(En, TextId.DueDateInvalid) + "\n\n" + host.Text(En, TextId.ChildDueDatePrompt), Assert.Single(family.Replies).Text);
        family.AssertAsking("child.dueDate");
    }

    [Fact]
    public async Task A_child_not_born_yet_is_not_asked_about_a_current_place()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        await family.SayAsync([.. Families.WerlAccount("unborn@example.org"), "baby", "Haddad", "no", "15 March 2027", "1 August 2028", "25 hours"]);
        family.AssertAsking("child.inclusivePlace");

        await family.SayAsync("no");

        family.AssertAsking("child.siblingsInCare");
    }
}
