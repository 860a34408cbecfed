using KitaBot.Dialogs.Presentation.Voice;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

public sealed class VoiceTextTests
{
    [Theory]
    [InlineData("🟠 Mia Schmidt, born 10 May 2024", "Mia Schmidt, born 10 May 2024")]
    [InlineData("Done! The status light is now green 🟢.", "Done! The status light is now green.")]
    [InlineData("Line one 🟠\n🟢 line two", "Line one\nline two")]
    [InlineData("Family 👨‍👩‍👧 ✅ ok ⚠️", "Family ok")]
    [InlineData("№ 5 – Straße § 24 © 2026 «Кита» ٣", "№ 5 – Straße § 24 © 2026 «Кита» ٣")]
    public void Emoji_are_dropped_and_everything_else_is_kept(string text, string spoken) =>
        Assert.Equal(spoken, VoiceText.WithoutEmoji(text));

    [Fact]
    public void Characters_XML_forbids_are_dropped_and_surrogate_pairs_kept()
    {
        Assert.Equal("ab𝄞c", VoiceText.XmlSafe("a\u0001b\uD834\uDD1E\uFFFEc\uD800"));
        Assert.Same("plain &amp; text", VoiceText.XmlSafe("plain &amp; text"));
    }
}
