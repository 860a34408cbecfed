using KitaBot.Dialogs.Tests.Registration.Host;
using Xunit;
using static KitaBot.Dialogs.Tests.Registration.Host.RegistrationTranscript;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>
/// The re-prompts as families read them in their language: an invalid e-mail, a wrong code, a postcode outside
/// both districts, Soest's own procedure, an unknown Ortsteil, a birth date in the future, a start in the past.
/// </summary>
public sealed class EdgeCaseTranscriptTests
{
    [Fact]
    public async Task German_wrong_answers_are_explained_and_asked_again()
    {
        await using var host = await RunAsync("edge-cases-de", "de-DE", c => Turns.Of(c,
            "[join]", "Ein Kind anmelden", "Anna Schmidt", "anna(at)example.de", "anna@example.de", TranscriptInstrument.WrongCodeMarker, Code,
            "02922 778899", "10115", "59494",
            "Ein Kind anmelden", "Anna Schmidt", "anna@example.de", Code, "02922 778899", "59457", "Büdrich", "Büderich", "Kirchplatz 4",
            "Mia", "Schmidt", "ja", "03.03.2027", "05.06.2025", "01.08.2026", "01.08.2027"));
        Assert.Equal(0, await host.CountAsync("select count(*) from registrations"));
    }

    [Fact]
    public async Task Arabic_wrong_answers_are_explained_and_asked_again()
    {
        await using var host = await RunAsync("edge-cases-ar", "ar-SA", c => Turns.Of(c,
            "[join]", "تسجيل طفل", "Ahmad Al-Hassan", "ahmad.hassan", "ahmad.hassan@example.com", TranscriptInstrument.WrongCodeMarker, Code,
            "0157 33344455", "10115", "59457", "Hilbek", "Hilbeck", "Unnaer Straße 30",
            "Yusuf", "Al-Hassan", "نعم", "١٤/٠٥/٢٠٢٧", "١٤/٠٥/٢٠٢٤", "1/8/2026", "1/8/2027"));
        Assert.Equal(0, await host.CountAsync("select count(*) from registrations"));
    }
}
