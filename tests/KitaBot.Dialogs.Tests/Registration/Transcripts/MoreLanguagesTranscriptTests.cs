using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Storage.Model;
using Xunit;
using static KitaBot.Dialogs.Tests.Registration.Host.RegistrationTranscript;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>Complete registrations typed in Ukrainian, Arabic and Turkish, end to end.</summary>
public sealed class MoreLanguagesTranscriptTests
{
    [Fact]
    public async Task Turkish_in_Rheine_on_STEP()
    {
        await using var host = await RunAsync("complete-tr", "tr-TR", c => Turns.Of(c,
            "[join]", "Çocuk kaydı yap", "Ayşe Demir", "ayse.demir@example.com", Code,
            "0176 4455667", "48432", "Mesum", "Mesumer Straße 17",
            "Deniz", "Demir", "evet", "14 Mayıs 2024", "1 Ağustos 2027", "35 saat", "[Split]", "hayır", "hayır", "-", "Kita",
            "Tüm şehrimde", "hayır", "1", "-", "2", "Deniz biraz Almanca biliyor", "Seçimim bitti", "2",
            "hayır", "[release]", "evet"));
        await AssertReleasedAsync(host, "ayse.demir@example.com", DistrictPortal.KreisSteinfurt, 2);
    }

    [Fact]
    public async Task Arabic_in_Werl_on_the_Kreis_Soest_portal()
    {
        await using var host = await RunAsync("complete-ar", "ar-SA", c => Turns.Of(c,
            "[join]", "تسجيل طفل", "Ahmad Al-Hassan", "ahmad.hassan@example.com", Code,
            "0157 33344455", "59457", "Hilbeck", "Unnaer Straße 30",
            "Yusuf", "Al-Hassan", "نعم", "١٤/٠٥/٢٠٢٤", "1/8/2027", "[Hours45]", "لا", "لا", "-", "حضانة",
            "في المدينة كلها", "نعم", "1", "-", "انتهيت من الاختيار",
            "لا", "[release]", "نعم"));
        await AssertReleasedAsync(host, "ahmad.hassan@example.com", DistrictPortal.KreisSoest, 1);
    }

    [Fact]
    public async Task Ukrainian_in_Greven_on_STEP()
    {
        await using var host = await RunAsync("complete-uk", "uk-UA", c => Turns.Of(c,
            "[join]", "[register]", "Olena Kovalenko", "olena.kovalenko@example.com", Code,
            "0152 98765432", "48268", "[Greven]", "Schulstraße 11",
            "Sofiia", "Kovalenko", "так", "14 травня 2025", "1 серпня 2027", "[Hours25]", "ні", "ні", "-", "[Kita]",
            "[town]", "так", "1", "-", "[done]",
            "ні", "[release]", "так"));
        await AssertReleasedAsync(host, "olena.kovalenko@example.com", DistrictPortal.KreisSteinfurt, 1);
    }
}
