using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Dialogs.Tests.Presentation;

/// <summary>How the presenter shows questions and lists on Teams, compared with our web page.</summary>
public sealed class TeamsPresentationTests
{
    private const string Tricky = "Kita \"Sonne\" <b>&amp;</b> **fett** {\"answer\":\"x\"} \\ ü";
    private static readonly MessagePresenter Presenter = new(TextCatalog.LoadEmbedded());

    private static readonly PromptChoice[] FiveChoices =
    [
        new("a", Verbatim(Tricky)), new("b", Verbatim("Kita Regenbogen")), new("c", Verbatim("Kita Pusteblume")),
        new("more", TextId.KitaMoreAbout), new("done", TextId.KitaDoneChoosing),
    ];

    [Fact]
    public void A_choice_with_more_than_three_options_is_a_card_even_in_a_personal_chat()
    {
        var reply = Presenter.Prompt(Turn(ChannelIds.Teams, "personal"), Choice(FiveChoices), reason: null, isRetry: false);

        var shown = CardShape.ValidateReply(reply);
        Assert.Null(reply.SuggestedActions);
        Assert.Equal(["a", "b", "c", "more", "done"], ReplyInspection.CardButtons(reply).Select(b => b.Answer));
        Assert.Equal(Tricky, ReplyInspection.CardButtons(reply)[0].Title);
        Assert.Equal("Which Kita would you like to add?", shown[0]);
        Assert.Contains("\n1. " + Tricky + "\n2. Kita Regenbogen", reply.Text, StringComparison.Ordinal);
        Assert.Contains("\n5. I am done choosing", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_choice_in_a_personal_chat_gets_at_most_three_imBack_suggested_actions()
    {
        var reply = Presenter.Prompt(Turn(ChannelIds.Teams, "personal"),
            ConfirmPrompt.Options("child.born", TextId.AnotherChildPrompt), reason: null, isRetry: false);

        Assert.Null(reply.Attachments);
        Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions!, a =>
        {
            Assert.Equal("imBack", a.Type);
            Assert.Equal(a.Title, a.Value!.Value.GetString());
        });
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public void Outside_personal_chats_every_choice_is_a_card(string conversationType)
    {
        var reply = Presenter.Prompt(Turn(ChannelIds.Teams, conversationType),
            ConfirmPrompt.Options("child.born", TextId.AnotherChildPrompt), reason: TextId.ConfirmNotUnderstood, isRetry: true);

        var shown = CardShape.ValidateReply(reply);
        Assert.Null(reply.SuggestedActions);
        Assert.Equal([("Yes", "yes"), ("No", "no")], ReplyInspection.CardButtons(reply));
        Assert.Equal(["Please answer yes or no.", "Would you like to register another child?", "Yes", "No"], shown);
    }

    [Fact]
    public void An_option_of_a_typed_question_is_a_card_button_because_its_title_typed_back_would_not_be_understood()
    {
        var options = new PromptOptions
        {
            Slot = "family.emailCode",
            Kind = InputKind.Code,
            Prompt = LocalizedText.Of(TextId.CodeSentPrompt, TextArg.Plain("email", "anna@example.de")),
            Choices = [new("resend", TextId.CodeResend)],
        };

        var reply = Presenter.Prompt(Turn(ChannelIds.Teams, "personal"), options, reason: null, isRetry: false);

        CardShape.ValidateReply(reply);
        Assert.Equal([("Send a new code", "resend")], ReplyInspection.CardButtons(reply));
    }

    [Fact]
    public void A_date_question_is_a_card_with_a_required_date_picker_whose_id_is_answer()
    {
        var options = new PromptOptions { Slot = "child.dateOfBirth", Kind = InputKind.Date, Prompt = TextId.ChildDueDatePrompt };

        var reply = Presenter.Prompt(Turn(ChannelIds.Teams, "personal"), options, reason: TextId.DateNotUnderstood, isRetry: true);

        CardShape.ValidateReply(reply);
        var card = ReplyInspection.Card(reply)!.Value;
        var picker = card.GetProperty("body")[1];
        Assert.Equal("Input.Date", picker.GetProperty("type").GetString());
        Assert.Equal(PromptInput.AnswerProperty, picker.GetProperty("id").GetString());
        Assert.Equal("What is the due date (Geburtstermin)?", picker.GetProperty("label").GetString());
        var send = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal("Send", send.GetProperty("title").GetString());
        Assert.False(send.TryGetProperty("data", out _));
    }

    [Fact]
    public void The_kita_results_are_a_card_with_a_heading_and_one_block_per_kita()
    {
        var list = "1. " + Tricky + " (Borghorst), 0.5 km, hours: 25/35\n2. Kita Regenbogen (Borghorst), 0.9 km, hours: 35";
        var reply = Presenter.Message(Turn(ChannelIds.Teams, "personal"),
            LocalizedText.Of(TextId.KitaResults, TextArg.Count(2), TextArg.Plain("list", list)));

        var shown = CardShape.ValidateReply(reply);
        Assert.Equal(["I found 2 Kitas:", "1. " + Tricky + " (Borghorst), 0.5 km, hours: 25/35", "2. Kita Regenbogen (Borghorst), 0.9 km, hours: 35"], shown);
        var heading = ReplyInspection.Card(reply)!.Value.GetProperty("body")[0].GetProperty("inlines")[0];
        Assert.Equal("bolder", heading.GetProperty("weight").GetString());
    }

    [Fact]
    public void A_summary_is_a_card_laid_out_right_to_left_in_Arabic()
    {
        var reply = Presenter.Message(Turn(ChannelIds.Teams, "personal", Language.Arabic),
        [
            TextId.ReviewIntro,
            LocalizedText.Of(TextId.ReviewChildBorn, TextArg.Plain("name", "Mia Schmidt"), TextArg.Date("date", new DateOnly(2024, 5, 10))),
        ]);

        var shown = CardShape.ValidateReply(reply);
        Assert.Equal(2, shown.Count);
        var card = ReplyInspection.Card(reply)!.Value;
        Assert.True(card.GetProperty("rtl").GetBoolean());
        Assert.Equal("ar-SA", card.GetProperty("lang").GetString());
    }

    [Fact]
    public void Plain_statements_stay_text_on_Teams()
    {
        var reply = Presenter.Message(Turn(ChannelIds.Teams, "personal"), TextId.Welcome);

        Assert.Null(reply.Attachments);
        Assert.Null(reply.SuggestedActions);
    }

    [Theory]
    [InlineData(ChannelIds.WebChat)]
    [InlineData(ChannelIds.DirectLine)]
    public void Our_web_page_keeps_messageBack_suggested_actions_and_no_cards(string channelId)
    {
        var reply = Presenter.Prompt(Turn(channelId, null), Choice(FiveChoices), reason: null, isRetry: false);

        Assert.Null(reply.Attachments);
        Assert.Equal("Which Kita would you like to add?", reply.Text);
        Assert.Equal(5, reply.SuggestedActions!.Actions!.Count);
        Assert.All(reply.SuggestedActions.Actions!, a => Assert.Equal("messageBack", a.Type));
        Assert.Equal("a", reply.SuggestedActions.Actions![0].Value!.Value.GetProperty("answer").GetString());
        Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
    }

    private static PromptOptions Choice(IReadOnlyList<PromptChoice> choices) =>
        new() { Slot = "kita.choice", Kind = InputKind.Choice, Prompt = TextId.KitaPickPrompt, Choices = choices };

    private static LocalizedText Verbatim(string value) => LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", value));

    private static TurnContext Turn(string channelId, string? conversationType, Language language = Language.English) =>
        new(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            ChannelId = channelId,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            From = new ChannelAccount { Id = "29:user", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "28:bot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = "a:conversation", ConversationType = conversationType },
        }, language, TimeProvider.System);
}
