using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation.Voice;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

public sealed class VoiceOptionPagesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Up_to_four_options_are_read_at_once(int count)
    {
        var page = VoiceOptionPages.Page(Choices(count), page: 3);

        Assert.False(page.HasMore);
        Assert.Equal(count, page.Options.Count);
        Assert.Equal("1", page.OptionFor(1)!.Value);
        Assert.False(page.IsMore(4));
    }

    [Fact]
    public void More_options_are_read_three_at_a_time_with_four_for_more_and_wrap_around()
    {
        var choices = Choices(8);

        var pages = Enumerable.Range(0, 4).Select(index => VoiceOptionPages.Page(choices, index)).ToList();

        Assert.Equal(["1", "2", "3"], pages[0].Options.Select(o => o.Value));
        Assert.Equal(["4", "5", "6"], pages[1].Options.Select(o => o.Value));
        Assert.Equal(["7", "8"], pages[2].Options.Select(o => o.Value));
        Assert.Equal(pages[0].Options, pages[3].Options);
        Assert.All(pages, page =>
        {
            Assert.True(page.HasMore);
            Assert.True(page.IsMore(4));
            Assert.True(page.Options.Count <= VoiceOptionPages.MaxSpoken - 1);
        });
        Assert.Equal("5", pages[1].OptionFor(2)!.Value);
        Assert.Null(pages[2].OptionFor(3));
        Assert.Null(pages[0].OptionFor(0));
    }

    private static List<PromptChoice> Choices(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new PromptChoice(i.ToString(System.Globalization.CultureInfo.InvariantCulture), TextId.Yes))
            .ToList();
}
