using KitaBot.Dialogs.Tests.Registration.Host;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.EdgeCases;

/// <summary>"More about a Kita" shows the profile, then the same list to choose from.</summary>
public sealed class KitaProfileTests
{
    [Theory]
    [InlineData("en-GB", "Register a child", "Multilingual team; we support families settling in and on the way into school.")]
    [InlineData("de-DE", "Ein Kind anmelden", "Mehrsprachiges Team; wir begleiten Familien beim Ankommen und beim Übergang in die Schule.")]
    public async Task The_profile_is_in_English_for_English_readers_and_in_German_otherwise(string locale, string register, string profile)
    {
        await using var host = new RegistrationTestHost();
        var facility = host.Facilities.Find("werl-elterninitiative-rappelkiste-e-v")!;
        Assert.Equal(profile, locale == "en-GB" ? facility.ProfileEn : facility.ProfileDe);
        var family = host.Drive(locale);
        string[] account = ["[join]", register, "Amira Haddad", "amira@example.org", Families.Code, "0170 1234567", "59457", "Büderich", "Hauptstraße 12"];
        await family.SayAsync([.. account, "Lina", "Haddad", "[yes]", "14.05.2024", "01.08.2027", "[Hours45]", "[no]", "[none]", "-", "[Kita]", "[town]"]);
        if (locale != "de-DE")
        {
            await family.SayAsync("[no]");
        }

        family.AssertAsking("kita.choice");
        await family.SayAsync("[more]", "[werl-elterninitiative-rappelkiste-e-v]");

        Assert.EndsWith("\n" + profile, family.Texts[0], StringComparison.Ordinal);
        family.AssertAsking("kita.choice");
    }
}
