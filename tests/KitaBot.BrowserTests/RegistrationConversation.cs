using System.Globalization;
using System.Text.RegularExpressions;
using KitaBot.Dialogs.Localization;

namespace KitaBot.BrowserTests;

/// <summary>
/// A family registering one child with the real bot, question by question, as a person does it: typing answers,
/// pressing the bot's buttons, picking dates in the date field. Every step waits for the bot's next question,
/// in the bot's own words, so a step that went wrong fails where it went wrong.
/// </summary>
public sealed partial class RegistrationConversation(ChatPage chat, RealBotBrowserFixture fixture, FamilyAnswers family)
{
    private readonly BotTexts _texts = fixture.Texts(family.Locale);

    /// <summary>Runs after every answer, once the next question is shown (e.g. to check the page stays right to left).</summary>
    public Func<Task>? AfterEachAnswer { get; init; }

    public BotTexts Texts => _texts;

    private TextArg ChildName => TextArg.Plain("name", family.ChildFirstName);

    /// <summary>Waits for the welcome and the menu.</summary>
    public async Task StartAsync()
    {
        await chat.WaitForMessageAfterAsync(0, _texts[TextId.Welcome]);
        await chat.WaitForMessageAfterAsync(0, _texts[TextId.MenuPrompt]);
        await CheckAsync();
    }

    public Task ChooseRegisterAsync() => ChooseAsync(_texts[TextId.MenuRegister], _texts[TextId.FamilyNamePrompt]);

    public Task GiveNameAsync() => AnswerAsync(family.FullName, _texts[TextId.EmailPrompt]);

    public Task GiveEmailAsync() =>
        AnswerAsync(family.Email, _texts[TextId.CodeSentPrompt, TextArg.Plain("email", family.Email)]);

    /// <summary>Reads the code from the family's "mailbox" (the outbox) and types it.</summary>
    public async Task GiveCodeAsync()
    {
        var code = await fixture.Mailbox.NewestCodeAsync(family.Email);
        await AnswerAsync(code, _texts[TextId.PhonePrompt]);
    }

    public Task GivePhoneAsync() => AnswerAsync(family.Phone, _texts[TextId.PostcodePrompt]);

    public Task GivePostcodeAsync() =>
        AnswerAsync(family.Postcode, _texts[TextId.OrtsteilPrompt, TextArg.Plain("town", family.Town)]);

    public Task GiveOrtsteilAsync() => family.OrtsteilIsButton
        ? ChooseAsync(_texts.Verbatim(family.Ortsteil), _texts[TextId.StreetPrompt])
        : AnswerAsync(family.Ortsteil, _texts[TextId.StreetPrompt]);

    public Task GiveStreetAsync() => AnswerAsync(family.Street, _texts[TextId.ChildFirstNamePrompt]);

    /// <summary>The account: from the menu to the first question about the child.</summary>
    public async Task CreateAccountAsync()
    {
        await ChooseRegisterAsync();
        await GiveNameAsync();
        await GiveEmailAsync();
        await GiveCodeAsync();
        await GivePhoneAsync();
        await GivePostcodeAsync();
        await GiveOrtsteilAsync();
        await GiveStreetAsync();
    }

    public async Task GiveChildNameAsync()
    {
        await AnswerAsync(family.ChildFirstName, _texts[TextId.ChildLastNamePrompt, ChildName]);
        await AnswerAsync(family.ChildLastName, _texts[TextId.ChildBornPrompt, ChildName]);
    }

    public Task SayChildIsBornAsync() => ChooseAsync(_texts[TextId.Yes], _texts[TextId.ChildBirthDatePrompt, ChildName]);

    /// <summary>Picks the date in the date field the page shows for date questions.</summary>
    public Task GiveBirthDateAsync() => AnswerAsync(IsoDate(family.BirthDate), _texts[TextId.ChildStartDatePrompt, ChildName]);

    public Task GiveStartDateAsync() => AnswerAsync(IsoDate(family.StartDate), _texts[TextId.ChildHoursPrompt, ChildName]);

    public async Task GiveHoursAsync()
    {
        if (family.Pattern is { } pattern)
        {
            await ChooseAsync(_texts[family.Hours], _texts[TextId.ChildPatternPrompt]);
            await ChooseAsync(_texts[pattern], _texts[TextId.ChildInclusivePrompt, ChildName]);
        }
        else
        {
            await ChooseAsync(_texts[family.Hours], _texts[TextId.ChildInclusivePrompt, ChildName]);
        }
    }

    /// <summary>No inclusive place, no current place, the siblings, care in a Kita; ends at the Kita search.</summary>
    public async Task GiveCareNeedsAsync()
    {
        await ChooseAsync(_texts[TextId.No], _texts[TextId.ChildCurrentPlacePrompt, ChildName]);
        await ChooseAsync(_texts[TextId.CurrentPlaceNone], _texts[TextId.SiblingsPrompt]);
        await AnswerAsync(family.Siblings, _texts[TextId.CareTypePrompt, ChildName]);
        await ChooseAsync(_texts[TextId.CareTypeKita], _texts[TextId.KitaAreaPrompt]);
    }

    /// <summary>Searches, picks the Kitas with their comments, ranks them; ends at "another child?".</summary>
    public async Task ChooseKitasAsync()
    {
        var pickPrompt = _texts[TextId.KitaPickPrompt];
        if (_texts.Language.Language == Language.German)
        {
            await ChooseAsync(_texts[family.SearchArea], pickPrompt);
        }
        else
        {
            await ChooseAsync(_texts[family.SearchArea],
                _texts[TextId.KitaStaffLanguagePrompt, TextArg.Plain("language", _texts.Language.NativeName)]);
            await ChooseAsync(_texts[TextId.No], pickPrompt);
        }

        foreach (var kita in family.Kitas)
        {
            await ChooseAsync(_texts.Verbatim(kita.Name), _texts[TextId.KitaCommentPrompt, TextArg.Plain("kita", kita.Name)]);
            await AnswerAsync(kita.Comment, pickPrompt);
        }

        var anotherChild = _texts[TextId.AnotherChildPrompt];
        if (family.FirstChoice is { } first)
        {
            await ChooseAsync(_texts[TextId.KitaDoneChoosing], _texts[TextId.KitaRankPrompt]);
            await ChooseAsync(_texts.Verbatim(first), anotherChild);
        }
        else
        {
            await ChooseAsync(_texts[TextId.KitaDoneChoosing], anotherChild);
        }
    }

    /// <summary>No other child: the review ("check your answers") is shown; returns its summary as the family reads it.</summary>
    public async Task<string> OpenReviewAsync()
    {
        var prompt = await ChooseAsync(_texts[TextId.No], _texts[TextId.ReviewPrompt]);
        var summary = await chat.MessagesAfterAsync(prompt - 1);
        return summary[0];
    }

    /// <summary>Releases with the explicit yes; returns the reference numbers the bot showed.</summary>
    public async Task<IReadOnlyList<string>> ReleaseAsync()
    {
        await ChooseAsync(_texts[TextId.ReviewRelease], _texts[TextId.ReleaseConfirmPrompt]);
        var before = await chat.CountMessagesAsync();
        await chat.Button(_texts[TextId.Yes]).ClickAsync();
        await chat.WaitForMessageAfterAsync(before, _texts[TextId.ReleaseDone, TextArg.Count(family.Kitas.Count)]);
        await chat.WaitForMessageAfterAsync(before, _texts[TextId.MenuPrompt]);
        await CheckAsync();
        var shown = string.Join("\n", await chat.MessagesAfterAsync(before));
        return ReferenceNumber().Matches(shown).Select(match => match.Value).ToList();
    }

    /// <summary>The whole registration, from the menu to the confirmation.</summary>
    public async Task<CompletedRegistration> CompleteAsync()
    {
        await CreateAccountAsync();
        await GiveChildNameAsync();
        await SayChildIsBornAsync();
        await GiveBirthDateAsync();
        await GiveStartDateAsync();
        await GiveHoursAsync();
        await GiveCareNeedsAsync();
        await ChooseKitasAsync();
        var summary = await OpenReviewAsync();
        return new CompletedRegistration(summary, await ReleaseAsync());
    }

    private async Task<int> AnswerAsync(string text, string nextQuestion)
    {
        var position = await chat.AnswerAsync(text, nextQuestion);
        await CheckAsync();
        return position;
    }

    private async Task<int> ChooseAsync(string button, string nextQuestion)
    {
        var position = await chat.ChooseAsync(button, nextQuestion);
        await CheckAsync();
        return position;
    }

    private Task CheckAsync() => AfterEachAnswer?.Invoke() ?? Task.CompletedTask;

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"KB-\d{4}-[2-9A-HJKMNP-Z]{6}", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceNumber();
}
