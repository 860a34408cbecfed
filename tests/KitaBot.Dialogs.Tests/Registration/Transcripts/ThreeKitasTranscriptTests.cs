using KitaBot.Dialogs.Tests.Registration.Host;
using KitaBot.Dialogs.Tests.Testing;
using Xunit;

namespace KitaBot.Dialogs.Tests.Registration.Transcripts;

/// <summary>One child, three Kitas chosen and ranked, released; in both portals and several languages.</summary>
public sealed class ThreeKitasTranscriptTests
{
    [Fact]
    public async Task English_Werl_three_kitas()
    {
        await using var host = new RegistrationTestHost();
        var c = host.Conversation("en-GB", "three-kitas-en");
        await new TranscriptRunner(host.Processor).RunAsync("Registration/three-kitas-en", Turns.Of(c,
            "[join]", "Register a child", "Amira Haddad", "amira.haddad@example.org", TranscriptInstrument.CodeMarker,
            "0170 1234567", "59457", "Büderich", "Hauptstraße 12",
            "Lina", "Haddad", "yes", "14.05.2024", "1 August 2027", "35 hours", "block", "no", "no", "-", "Kita",
            "In my whole town", "no", "1", "-", "2", "near her grandmother", "3", "-", "I am done choosing", "2",
            "no", "Release now", "yes"));
    }
}
