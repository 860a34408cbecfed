using System.Text.RegularExpressions;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

/// <summary>
/// Every text, asked as a prompt and said as a statement on the phone in every language, has well-formed SSML in the
/// language's neural voice with user data escaped; a real speech engine (espeak-ng) renders it to audio.
/// </summary>
public sealed partial class SsmlTests
{
    /// <summary>User data that breaks SSML built by concatenation, with a control character XML forbids.</summary>
    private const string UserValue = "Anna <Ö> & \"Co\" 'x' ]]> </voice>\u0007 Smith";
    private const string Reference = "KB-2026-BQ9BFX";
    private static readonly string SpokenUserValue = UserValue.Replace("\u0007", string.Empty, StringComparison.Ordinal);
    private static readonly MessagePresenter Presenter = new(TextCatalog.LoadEmbedded());

    public static TheoryData<Language> Languages => new(Enum.GetValues<Language>());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_as_a_prompt_and_as_a_statement_is_well_formed_ssml_in_the_language_voice(Language language)
    {
        var turn = Turn(language);
        foreach (var id in Enum.GetValues<TextId>())
        {
            var text = WithArguments(id);
            var options = new PromptOptions { Slot = "test", Kind = InputKind.Date, Prompt = text, Choices = Options() };
            var asked = Presenter.Prompt(turn, options, reason: TextId.DateNotUnderstood, isRetry: true);
            var said = Presenter.Message(turn, text);

            foreach (var (reply, hint) in new[] { (asked, InputHints.ExpectingInput), (said, id == TextId.PrivacyNotice ? InputHints.IgnoringInput : InputHints.AcceptingInput) })
            {
                var spoken = SsmlDocument.AssertValid(reply.Speak, language);
                Assert.Equal(hint, reply.InputHint);
                Assert.Null(reply.Attachments);
                Assert.Null(reply.SuggestedActions);
                Assert.Equal("plain", reply.TextFormat);
                Assert.False(HasEmoji(reply.Text!) || HasEmoji(reply.Speak!), $"{id} in {language} has an emoji: {reply.Text}");
                if (text.Args.Any(a => a.Kind == TextArgKind.Plain))
                {
                    Assert.Contains(SpokenUserValue, spoken, StringComparison.Ordinal);
                }

                if (text.Args.Any(a => a.Kind == TextArgKind.Reference))
                {
                    Assert.Contains($"<say-as interpret-as=\"characters\">{Reference}</say-as>", reply.Speak, StringComparison.Ordinal);
                }

                if (text.Args.Any(a => a.Kind == TextArgKind.Date))
                {
                    Assert.Contains("<say-as interpret-as=\"date\" format=\"dmy\">10.05.2024</say-as>", reply.Speak, StringComparison.Ordinal);
                }
            }

            var title = Presenter.Texts.Render(Options()[0].Title, language).Text;
            var optionsSaid = Presenter.Texts.Render(LocalizedText.Of(TextId.VoiceOption, TextArg.Number("number", 1), TextArg.Plain("option", title)), language);
            Assert.Contains(optionsSaid.Text, asked.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Espeak_renders_a_prompt_with_a_date_a_reference_user_data_and_options(Language language)
    {
        var turn = Turn(language);
        var options = new PromptOptions
        {
            Slot = "test",
            Kind = InputKind.Date,
            Prompt = LocalizedText.Of(TextId.ReadBackConfirm, TextArg.Date("value", new DateOnly(2024, 5, 10))),
            Choices = Options(),
        };
        var reason = LocalizedText.Of(TextId.ReleasedKita, TextArg.Reference("reference", Reference), TextArg.Plain("name", UserValue), TextArg.Plain("kita", UserValue));

        var reply = Presenter.Prompt(turn, options, reason, isRetry: false);

        SsmlDocument.AssertValid(reply.Speak, language);
        Assert.Contains($"<say-as interpret-as=\"characters\">{Reference}</say-as>", reply.Speak, StringComparison.Ordinal);
        Assert.Contains("<say-as interpret-as=\"date\" format=\"dmy\">10.05.2024</say-as>", reply.Speak, StringComparison.Ordinal);
        Assert.True(await Espeak.AssertRendersAsync(reply.Speak!, language) > 0);
    }

    private static PromptChoice[] Options() =>
    [
        new("a", LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", "Kita Sonne"))),
        new("b", LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", UserValue))),
        new("c", LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", "Kita Stern"))),
        new("d", LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", "Kita Wolke"))),
        new("e", LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", "Kita Mond"))),
    ];

    /// <summary>The text with every placeholder of its English source filled by kind: counts, dates, references, user data.</summary>
    private static LocalizedText WithArguments(TextId id)
    {
        var names = Presenter.Texts.RawTexts(Language.English)[id.ToString()].Values
            .SelectMany(source => Placeholder().Matches(source).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal);
        return new LocalizedText(id, [.. names.Select(name => name switch
        {
            "count" => TextArg.Count(3),
            "date" or "start" or "end" or "deadline" => TextArg.Date(name, new DateOnly(2024, 5, 10)),
            "reference" => TextArg.Reference(name, Reference),
            "number" or "rank" => TextArg.Number(name, 2),
            _ => TextArg.Plain(name, UserValue),
        })]);
    }

    private static bool HasEmoji(string text) => text.EnumerateRunes().Any(r => r.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF);

    private static TurnContext Turn(Language language) =>
        new(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            ChannelId = ChannelIds.Telephony,
            From = new ChannelAccount { Id = "+4929211234", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "kitabot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = "call-1" },
        }, language, TimeProvider.System);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
