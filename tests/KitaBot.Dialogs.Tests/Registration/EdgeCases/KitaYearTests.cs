using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Tests.Registration.Host;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.EdgeCases;

/// <summary>The Kita year explained before the start date is the one families register for now.</summary>
public sealed class KitaYearTests
{
    [Fact]
    public async Task In_November_2026_the_explanation_names_the_Kita_year_2027_28()
    {
        await using var host = new RegistrationTestHost();
        var family = host.Drive("en-GB");
        var replies = await family.SayAsync([.. Families.WerlAccount("year@example.org"), "Lina", "Haddad", "yes", "14.05.2024"]);

        Assert.Equal(
            host.Text(Language.English, TextId.KitaYearExplained, TextArg.Date("start", new DateOnly(2027, 8, 1)), TextArg.Date("end", new DateOnly(2028, 7, 31))),
            replies[0].Text);
        family.AssertAsking("child.startDate");
    }
}
