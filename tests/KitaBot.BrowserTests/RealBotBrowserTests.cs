using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Localization;
using KitaBot.Storage.Model;
using Microsoft.Playwright;
using Xunit;

namespace KitaBot.BrowserTests;

/// <summary>
/// Families on the real page with the real bot and the real SQLite stores, in Debian's Chromium at phone width:
/// whole registrations in French and Arabic, resuming after a reload, markup shown as text, the input per question.
/// Screenshots of the key screens go to artifacts/screenshots.
/// </summary>
public sealed class RealBotBrowserTests(RealBotBrowserFixture fixture) : IClassFixture<RealBotBrowserFixture>
{
    private static readonly DateOnly Today = BerlinClock.Today(TimeProvider.System);

    // Old enough for every Kita in the searched Ortsteile when the place starts, young enough for all of them.
    private static readonly DateOnly BirthDate = Today.AddYears(-2).AddMonths(-3);
    private static readonly DateOnly StartDate = new DateOnly(Today.Year, Today.Month, 1).AddMonths(9);

    [Fact]
    public async Task A_family_registers_a_child_in_French_for_two_Kitas_in_Lippetal()
    {
        var family = Lippetal("fr-FR", "Amina Benali", "amina.benali@example.org", "Yasmine") with
        {
            Hours = TextId.Hours35,
            Pattern = TextId.PatternBlock,
            Kitas = [new("AWO-Kita Glühwürmchen", "-"), new("Ev. Kita Regenbogen", "Proche de notre domicile")],
            FirstChoice = "Ev. Kita Regenbogen",
        };
        await using var chat = await fixture.OpenChatAsync(family.Locale);
        var conversation = new RegistrationConversation(chat, fixture, family);
        var texts = conversation.Texts;

        await conversation.StartAsync();
        Assert.Equal("fr", await chat.Page.GetAttributeAsync("html", "lang"));
        await chat.ScreenshotAsync("real-fr-1-welcome");
        await conversation.CreateAccountAsync();
        await conversation.GiveChildNameAsync();
        await Assertions.Expect(chat.Button(texts[TextId.Yes])).ToBeVisibleAsync();
        await chat.ScreenshotAsync("real-fr-2-choice");
        await conversation.SayChildIsBornAsync();
        await chat.ScreenshotAsync("real-fr-3-date");
        await conversation.GiveBirthDateAsync();
        await conversation.GiveStartDateAsync();
        await conversation.GiveHoursAsync();
        await conversation.GiveCareNeedsAsync();
        await conversation.ChooseKitasAsync();
        var summary = await conversation.OpenReviewAsync();
        await AssertFitsThePhoneAsync(chat);
        await chat.ScreenshotAtMessageAsync(summary, "real-fr-4-review");
        var references = await conversation.ReleaseAsync();
        await chat.ScreenshotAtMessageAsync(texts[TextId.ReleaseDone, TextArg.Count(2)], "real-fr-5-confirmation");

        Assert.Contains("Yasmine Benali", summary, StringComparison.Ordinal);
        Assert.Contains("Proche de notre domicile", summary, StringComparison.Ordinal);
        Assert.Equal(2, references.Count);
        var registrations = await RegistrationsAsync(references);
        Assert.Equal(["lippetal-ev-kita-regenbogen", "lippetal-awo-kita-gluehwuermchen"], registrations.Select(r => r.Details.FacilityId));
        Assert.Equal([1, 2], registrations.Select(r => r.Details.Rank));
        Assert.All(registrations, r =>
        {
            Assert.Equal(RegistrationStatus.Released, r.Status);
            Assert.Equal(DistrictPortal.KreisSoest, r.Details.Portal);
            Assert.Equal(CareType.Kita, r.Details.CareType);
            Assert.Equal(WeeklyHours.Hours35, r.Details.Hours);
            Assert.Equal(HoursPattern.Block, r.Details.Pattern);
            Assert.Equal(StartDate, r.Details.DesiredStart);
        });
        Assert.Equal("Proche de notre domicile", registrations[0].Details.Comment);
        var stored = await StoredFamilyAsync(family.Email);
        Assert.Equal("Amina Benali", stored.Family.Name);
        Assert.Equal("fr-FR", stored.Family.LanguageTag);
        var child = Assert.Single(stored.Children);
        Assert.Equal(("Yasmine", "Benali", BirthDate), (child.Child.FirstName, child.Child.LastName, child.Child.Birth.Date));
        Assert.Equal(references.Order(StringComparer.Ordinal), child.Registrations.Select(r => r.ReferenceNumber).Order(StringComparer.Ordinal));
        AssertNothingWentWrong(chat);
    }

    [Fact]
    public async Task A_family_registers_a_child_in_Arabic_and_the_page_stays_right_to_left()
    {
        var family = new FamilyAnswers
        {
            Locale = "ar-SA",
            FullName = "ليلى حداد",
            Email = "layla.haddad@example.org",
            Phone = "+49 151 23456780",
            Postcode = "59457",
            Town = "Werl",
            Ortsteil = "Holtum",
            OrtsteilIsButton = false,
            Street = "Hauptstraße 5",
            ChildFirstName = "سارة",
            ChildLastName = "حداد",
            BirthDate = BirthDate,
            StartDate = StartDate,
            Hours = TextId.Hours25,
            Siblings = "-",
            SearchArea = TextId.KitaAreaOrtsteil,
            Kitas = [new("Elterninitiative Rappelkiste e.V.", "-")],
        };
        await using var chat = await fixture.OpenChatAsync(family.Locale);
        var conversation = new RegistrationConversation(chat, fixture, family) { AfterEachAnswer = () => AssertRightToLeftAsync(chat) };

        await conversation.StartAsync();
        Assert.Equal("ar", await chat.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("ar-SA", await chat.Page.Locator("#language-picker").InputValueAsync());
        await chat.ScreenshotAsync("real-ar-1-welcome-rtl");
        await conversation.CreateAccountAsync();
        await conversation.GiveChildNameAsync();
        await conversation.SayChildIsBornAsync();
        await conversation.GiveBirthDateAsync();
        await conversation.GiveStartDateAsync();
        await conversation.GiveHoursAsync();
        await conversation.GiveCareNeedsAsync();
        await conversation.ChooseKitasAsync();
        await chat.ScreenshotAsync("real-ar-2-choice-rtl");
        var summary = await conversation.OpenReviewAsync();
        await AssertFitsThePhoneAsync(chat);
        await chat.ScreenshotAtMessageAsync(summary, "real-ar-3-review-rtl");
        var references = await conversation.ReleaseAsync();
        await chat.ScreenshotAtMessageAsync(conversation.Texts[TextId.ReleaseDone, TextArg.Count(1)], "real-ar-4-confirmation-rtl");

        var registration = Assert.Single(await RegistrationsAsync(references));
        Assert.Equal("werl-elterninitiative-rappelkiste-e-v", registration.Details.FacilityId);
        Assert.Equal(WeeklyHours.Hours25, registration.Details.Hours);
        var stored = await StoredFamilyAsync(family.Email);
        Assert.Equal(("ليلى حداد", "ar-SA"), (stored.Family.Name, stored.Family.LanguageTag));
        Assert.Equal(("werl", "Holtum"), (stored.Family.Address.TownId, stored.Family.Address.Ortsteil));
        Assert.Equal("سارة", Assert.Single(stored.Children).Child.FirstName);
        AssertNothingWentWrong(chat);
    }

    [Fact]
    public async Task Reloading_the_page_mid_conversation_resumes_it()
    {
        var family = Lippetal("de-DE", "Jonas Weber", "jonas.weber@example.org", "Mia");
        await using var chat = await fixture.OpenChatAsync(family.Locale);
        var conversation = new RegistrationConversation(chat, fixture, family);
        var texts = conversation.Texts;
        await conversation.StartAsync();
        await conversation.ChooseRegisterAsync();
        await conversation.GiveNameAsync();
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("type", "email");
        var conversationBefore = await StoredConversationIdAsync(chat);

        await chat.Page.ReloadAsync();

        await chat.WaitForMessageAfterAsync(0, texts[TextId.EmailPrompt]);
        var shown = await chat.MessagesAfterAsync(0);
        Assert.Equal(Normalized(texts[TextId.EmailPrompt]), shown[^1]);
        Assert.Single(shown, message => message == Normalized(texts[TextId.Welcome]));
        Assert.Single(shown, message => message == "Jonas Weber");
        Assert.Equal(conversationBefore, await StoredConversationIdAsync(chat));
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("type", "email");
        await chat.ScreenshotAsync("real-de-resumed-after-reload");
        await conversation.GiveEmailAsync();
        await conversation.GiveCodeAsync();
        AssertNothingWentWrong(chat);
    }

    [Fact]
    public async Task Markup_in_names_and_answers_is_shown_as_text_and_never_runs()
    {
        const string ScriptName = "<script>window.__kitabotPwned = 1; alert('script')</script>Amina";
        const string ImageName = "<img src=x onerror=\"window.__kitabotPwned = 2; alert('img')\">Ben";
        const string ImageSiblings = "<img src=x onerror=\"alert('siblings')\">Tom";
        const string ScriptComment = "</p><script>alert('comment')</script><b>bold?</b>";
        var family = Lippetal("en-GB", "Amina Khan", "amina.khan@example.org", "Ben") with
        {
            Siblings = ImageSiblings,
            Kitas = [new("Ev. Kita Regenbogen", ScriptComment)],
        };
        await using var chat = await fixture.OpenChatAsync(family.Locale);
        var conversation = new RegistrationConversation(chat, fixture, family);
        var texts = conversation.Texts;
        await conversation.StartAsync();
        await conversation.ChooseRegisterAsync();

        var before = await chat.AnswerAsync(ScriptName, texts[TextId.NameInvalid] + "\n\n" + texts[TextId.FamilyNamePrompt]);
        await chat.WaitForMessageAfterAsync(before - 1, ScriptName);
        await conversation.GiveNameAsync();
        await conversation.GiveEmailAsync();
        await conversation.GiveCodeAsync();
        await conversation.GivePhoneAsync();
        await conversation.GivePostcodeAsync();
        await conversation.GiveOrtsteilAsync();
        await conversation.GiveStreetAsync();
        before = await chat.AnswerAsync(ImageName, texts[TextId.NameInvalid] + "\n\n" + texts[TextId.ChildFirstNamePrompt]);
        await chat.WaitForMessageAfterAsync(before - 1, ImageName);
        await conversation.GiveChildNameAsync();
        await conversation.SayChildIsBornAsync();
        await conversation.GiveBirthDateAsync();
        await conversation.GiveStartDateAsync();
        await conversation.GiveHoursAsync();
        await conversation.GiveCareNeedsAsync();
        await conversation.ChooseKitasAsync();
        var summary = await conversation.OpenReviewAsync();
        await chat.ScreenshotAtMessageAsync(summary, "real-en-markup-as-text");

        Assert.Contains(ImageSiblings, summary, StringComparison.Ordinal);
        Assert.Contains(ScriptComment, summary, StringComparison.Ordinal);
        Assert.Equal("undefined", await chat.Page.EvaluateAsync<string>("typeof window.__kitabotPwned"));
        Assert.Equal(0, await chat.Page.Locator("#chat img, #chat script, #chat b").CountAsync());
        Assert.Empty(chat.Dialogs);
        AssertNothingWentWrong(chat);
    }

    [Fact]
    public async Task Each_question_gets_the_input_that_fits_its_answer()
    {
        var family = Lippetal("en-GB", "Olena Kovalenko", "olena.kovalenko@example.org", "Sofia");
        await using var chat = await fixture.OpenChatAsync(family.Locale);
        var conversation = new RegistrationConversation(chat, fixture, family);
        await conversation.StartAsync();
        await AssertInputAsync(chat, "choice", "text", inputMode: null, autocomplete: "off");

        await conversation.ChooseRegisterAsync();
        await AssertInputAsync(chat, "text", "text", inputMode: null, autocomplete: "off");
        await conversation.GiveNameAsync();
        await AssertInputAsync(chat, "email", "email", inputMode: "email", autocomplete: "email");
        await chat.ScreenshotAsync("real-en-email-input");
        await conversation.GiveEmailAsync();
        await AssertInputAsync(chat, "code", "text", inputMode: "numeric", autocomplete: "one-time-code");
        await conversation.GiveCodeAsync();
        await AssertInputAsync(chat, "phone", "tel", inputMode: "tel", autocomplete: "tel");
        await conversation.GivePhoneAsync();
        await AssertInputAsync(chat, "postcode", "text", inputMode: "numeric", autocomplete: "postal-code");
        await conversation.GivePostcodeAsync();
        await AssertInputAsync(chat, "choice", "text", inputMode: null, autocomplete: "off");
        await conversation.GiveOrtsteilAsync();
        await conversation.GiveStreetAsync();
        await conversation.GiveChildNameAsync();
        await conversation.SayChildIsBornAsync();
        await AssertInputAsync(chat, "date", "date", inputMode: null, autocomplete: "off");
        await chat.ScreenshotAsync("real-en-date-input");
        await conversation.GiveBirthDateAsync();
        await AssertInputAsync(chat, "date", "date", inputMode: null, autocomplete: "off");
        await conversation.GiveStartDateAsync();
        await AssertInputAsync(chat, "choice", "text", inputMode: null, autocomplete: "off");
        AssertNothingWentWrong(chat);
    }

    private static FamilyAnswers Lippetal(string locale, string fullName, string email, string childFirstName) => new()
    {
        Locale = locale,
        FullName = fullName,
        Email = email,
        Phone = "0151 23456789",
        Postcode = "59510",
        Town = "Lippetal",
        Ortsteil = "Herzfeld",
        OrtsteilIsButton = true,
        Street = "Lippestraße 12",
        ChildFirstName = childFirstName,
        ChildLastName = fullName.Split(' ')[^1],
        BirthDate = BirthDate,
        StartDate = StartDate,
        Hours = TextId.Hours25,
        Siblings = "-",
        SearchArea = TextId.KitaAreaOrtsteil,
        Kitas = [new("AWO-Kita Glühwürmchen", "-")],
    };

    private async Task<List<Registration>> RegistrationsAsync(IEnumerable<string> references)
    {
        var found = new List<Registration>();
        foreach (var reference in references)
        {
            found.Add(await fixture.Registrations.FindByReferenceAsync(reference, CancellationToken.None)
                ?? throw new Xunit.Sdk.XunitException($"The reference {reference} shown to the family is not in the store."));
        }

        return found;
    }

    private async Task<FamilyOverview> StoredFamilyAsync(string email)
    {
        var family = await fixture.Families.FindByEmailAsync(email, CancellationToken.None);
        Assert.NotNull(family);
        var overview = await fixture.Families.GetOverviewAsync(family.Id, CancellationToken.None);
        Assert.NotNull(overview);
        return overview;
    }

    private static async Task AssertRightToLeftAsync(ChatPage chat)
    {
        Assert.Equal("rtl", await chat.Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("rtl", await chat.Transcript.GetAttributeAsync("dir"));
        Assert.Equal("rtl", await chat.SendBoxArea.GetAttributeAsync("dir"));
    }

    /// <summary>Nothing wider than the phone: no sideways scrolling, the send box and the bot's buttons inside the screen.</summary>
    private static async Task AssertFitsThePhoneAsync(ChatPage chat)
    {
        Assert.True(await chat.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        foreach (var element in new[] { chat.SendBox, chat.Page.Locator(".webchat__suggested-action").Last })
        {
            var box = await element.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.X, 0, KitaBotBrowserFixture.PhoneViewport.Width);
            Assert.InRange(box.X + box.Width, 0, KitaBotBrowserFixture.PhoneViewport.Width);
        }
    }

    private static async Task AssertInputAsync(ChatPage chat, string kind, string type, string? inputMode, string autocomplete)
    {
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("data-kitabot-input-kind", kind);
        Assert.Equal(type, await chat.SendBox.GetAttributeAsync("type"));
        Assert.Equal(inputMode, await chat.SendBox.GetAttributeAsync("inputmode"));
        Assert.Equal(autocomplete, await chat.SendBox.GetAttributeAsync("autocomplete"));
    }

    private static Task<string> StoredConversationIdAsync(ChatPage chat) =>
        chat.Page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('kitabot.session')).conversationId");

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void AssertNothingWentWrong(ChatPage chat)
    {
        Assert.Empty(chat.Problems);
        Assert.Empty(chat.ConsoleErrors);
        Assert.Empty(chat.Dialogs);
    }
}
