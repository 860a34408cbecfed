using System.Globalization;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Presentation;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Dialogs.Registration.Dialogs;

/// <summary>
/// Chooses and ranks the Kitas (Wunscheinrichtungen) for the current child: search by Ortsteil or town, filtered by
/// the child's age at the start date, the hours, an inclusive place and, on request, the staff's language; results
/// with distance and a profile on request; for each choice the Wechselwunsch question and a comment; the portal's
/// limit on choices; then the ranking. A choice is no guarantee of a place, and the family is told so.
/// </summary>
public sealed class KitaChoiceDialog : ComponentDialog
{
    private const string ChoicePrompt = "choice";
    private const string YesNoPrompt = "yesNo";
    private const string TextPrompt = "text";
    private const string Done = "done";
    private const string MoreAbout = "more";
    private const int ResultsShown = 6;

    private readonly MessagePresenter _presenter;
    private readonly IPortalCatalog _catalog;
    private readonly IFacilityDirectory _facilities;

    public KitaChoiceDialog(PromptKit kit, IPortalCatalog catalog, IFacilityDirectory facilities)
        : base(nameof(KitaChoiceDialog))
    {
        _presenter = kit.Presenter;
        _catalog = catalog;
        _facilities = facilities;
        AddDialog(new WaterfallDialog(nameof(KitaChoiceDialog) + ".steps",
        [
            AskAreaStepAsync,
            AskStaffLanguageStepAsync,
            ShowResultsStepAsync,
            ShowProfileStepAsync,
            AskChangeRequestStepAsync,
            AskCommentStepAsync,
            AddChoiceStepAsync,
            AskFirstChoiceStepAsync,
            RankStepAsync,
        ]));
        AddDialog(new Engine.Prompts.ChoicePrompt(ChoicePrompt, kit));
        AddDialog(new ConfirmPrompt(YesNoPrompt, kit));
        AddDialog(new Engine.Prompts.TextPrompt(TextPrompt, kit));
    }

    private static RegistrationDraft Draft(WaterfallStepContext step) => step.Turn.Kita().Draft;

    private async Task<DialogTurnResult> AskAreaStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        if (child.KitaChoices.Count == 0)
        {
            var intro = ChoiceRulesFor(step).MaxChoices is { } max
                ? LocalizedText.Of(TextId.KitaChoiceIntro, TextArg.Count(max))
                : TextId.KitaChoiceIntroUnlimited;
            await SendAsync(step, intro, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "kita.searchArea",
            Kind = InputKind.Choice,
            Prompt = TextId.KitaAreaPrompt,
            Choices = [new(KitaSearchArea.Ortsteil, TextId.KitaAreaOrtsteil), new(KitaSearchArea.Town, TextId.KitaAreaTown)],
        }, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskStaffLanguageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is ChoiceResult area)
        {
            Draft(step).Child.Search.Area = area.Value;
        }

        if (step.Turn.Language == Language.German)
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("kita.staffLanguage", LocalizedText.Of(TextId.KitaStaffLanguagePrompt,
            TextArg.Plain("language", LanguageInfo.Of(step.Turn.Language).NativeName))), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowResultsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        if (step.Result is ConfirmResult staffLanguage)
        {
            child.Search.StaffLanguage = staffLanguage.Value ? LanguageInfo.Of(step.Turn.Language).Code : null;
        }

        var results = Search(step);
        if (results.Count == 0)
        {
            await SendAsync(step, TextId.KitaNoResults, cancellationToken).ConfigureAwait(false);
            if (child.Search.StaffLanguage is not null || child.Search.Area == KitaSearchArea.Ortsteil)
            {
                child.Search.StaffLanguage = null;
                child.Search.Area = KitaSearchArea.Town;
                results = Search(step);
            }
        }

        if (results.Count == 0)
        {
            return await step.GoToAsync(nameof(AskFirstChoiceStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        var lines = string.Join("\n", results.Select((r, i) => _presenter.Render(step.Turn, Describe(r, i + 1, step.Turn.Language)).Text));
        await SendAsync(step, LocalizedText.Of(TextId.KitaResults, TextArg.Count(results.Count), TextArg.Plain("list", lines)), cancellationToken)
            .ConfigureAwait(false);

        var choices = results
            .Select(r => new PromptChoice(r.Facility.Id, Verbatim(r.Facility.Name)))
            .Append(new PromptChoice(MoreAbout, TextId.KitaMoreAbout))
            .ToList();
        if (child.KitaChoices.Count > 0)
        {
            choices.Add(new PromptChoice(Done, TextId.KitaDoneChoosing));
        }

        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "kita.choice",
            Kind = InputKind.Choice,
            Prompt = TextId.KitaPickPrompt,
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ShowProfileStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = ((ChoiceResult)step.Result!).Value;
        if (picked == Done)
        {
            return await step.GoToAsync(nameof(AskFirstChoiceStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        if (picked != MoreAbout)
        {
            return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
        }

        Draft(step).Child.Search.ShowingProfile = true;
        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "kita.profile",
            Kind = InputKind.Choice,
            Prompt = TextId.KitaProfilePrompt,
            Choices = Search(step).Select(r => new PromptChoice(r.Facility.Id, Verbatim(r.Facility.Name))).ToList(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskChangeRequestStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        var facility = _facilities.Find(((ChoiceResult)step.Result!).Value)!;
        if (child.Search.ShowingProfile)
        {
            child.Search.ShowingProfile = false;
            await SendAsync(step, Profile(facility, step.Turn.Language), cancellationToken).ConfigureAwait(false);
            return await step.GoToAsync(nameof(ShowResultsStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        if (child.KitaChoices.Any(c => c.FacilityId == facility.Id))
        {
            await SendAsync(step, LocalizedText.Of(TextId.KitaAlreadyChosen, TextArg.Plain("kita", facility.Name)), cancellationToken).ConfigureAwait(false);
            return await step.GoToAsync(nameof(ShowResultsStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        if (!ChoiceRulesFor(step).Allows(child.KitaChoices.Count + 1))
        {
            await SendAsync(step, LocalizedText.Of(TextId.KitaTooManyChoices, TextArg.Count(ChoiceRulesFor(step).MaxChoices ?? 0)), cancellationToken)
                .ConfigureAwait(false);
            return await step.GoToAsync(nameof(AskFirstChoiceStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        child.Search.PendingFacilityId = facility.Id;
        if (!Rules.Wechselwunsch.AppliesTo(child))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(YesNoPrompt, ConfirmPrompt.Options("kita.changeRequest",
            LocalizedText.Of(TextId.KitaChangeRequestPrompt, TextArg.Plain("kita", facility.Name))), cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskCommentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        child.Search.PendingChangeRequest = step.Result is ConfirmResult { Value: true };
        var facility = _facilities.Find(child.Search.PendingFacilityId!)!;
        return step.PromptAsync(TextPrompt, new PromptOptions
        {
            Slot = "kita.comment",
            Kind = InputKind.Text,
            Prompt = LocalizedText.Of(TextId.KitaCommentPrompt, TextArg.Plain("kita", facility.Name)),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AddChoiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        var comment = step.Result is TextResult text ? OptionalAnswers.ValueOrNull(text.Value) : null;
        child.KitaChoices.Add(new KitaChoiceDraft
        {
            FacilityId = child.Search.PendingFacilityId!,
            IsChangeRequest = child.Search.PendingChangeRequest,
            Comment = comment,
        });
        var facility = _facilities.Find(child.Search.PendingFacilityId!)!;
        child.Search.PendingFacilityId = null;
        child.Search.PendingChangeRequest = false;
        await SendAsync(step, LocalizedText.Of(TextId.KitaAdded, TextArg.Plain("kita", facility.Name), TextArg.Count(child.KitaChoices.Count)),
            cancellationToken).ConfigureAwait(false);

        var rules = ChoiceRulesFor(step);
        if (rules.Allows(child.KitaChoices.Count + 1))
        {
            return await step.GoToAsync(nameof(ShowResultsStepAsync), null, cancellationToken).ConfigureAwait(false);
        }

        // The portal's limit is reached: say so, rather than silently stop offering Kitas.
        await SendAsync(step, LocalizedText.Of(TextId.KitaTooManyChoices, TextArg.Count(rules.MaxChoices ?? 0)), cancellationToken).ConfigureAwait(false);
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskFirstChoiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        if (child.KitaChoices.Count < 2)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ChoicePrompt, new PromptOptions
        {
            Slot = "kita.firstChoice",
            Kind = InputKind.Choice,
            Prompt = TextId.KitaRankPrompt,
            Choices = child.KitaChoices.Select(c => new PromptChoice(c.FacilityId, Verbatim(_facilities.Find(c.FacilityId)!.Name))).ToList(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RankStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var child = Draft(step).Child;
        if (step.Result is ChoiceResult first)
        {
            var chosen = child.KitaChoices.First(c => c.FacilityId == first.Value);
            child.KitaChoices.Remove(chosen);
            child.KitaChoices.Insert(0, chosen);
        }

        if (child.KitaChoices.Count > 0)
        {
            var ranking = string.Join("\n", child.KitaChoices.Select((c, i) =>
                string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {_facilities.Find(c.FacilityId)!.Name}")));
            await SendAsync(step, LocalizedText.Of(TextId.KitaRanking, TextArg.Plain("list", ranking)), cancellationToken).ConfigureAwait(false);
        }

        await SendAsync(step, TextId.KitaNoGuarantee, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private List<FacilitySearchResult> Search(WaterfallStepContext step)
    {
        var draft = Draft(step);
        var child = draft.Child;
        var town = draft.Account.TownId is { } townId ? _catalog.FindTownById(townId) : null;
        var ortsteil = child.Search.Area == KitaSearchArea.Ortsteil ? draft.Account.Ortsteil : null;
        var origin = town?.Ortsteile.FirstOrDefault(o => o.Name == draft.Account.Ortsteil) is not null ? town.Centre : town?.Centre;
        return _facilities.Search(new FacilityQuery
        {
            TownId = town?.Id,
            Ortsteil = ortsteil,
            Origin = origin,
            ChildAgeInMonths = child.BirthDate is { } birth && child.DesiredStart is { } start ? ChildAge.InMonths(birth, start) : null,
            WeeklyHours = child.Hours is { } hours ? (int)hours : null,
            NeedsInclusivePlace = child.NeedsInclusivePlace == true,
            StaffLanguage = child.Search.StaffLanguage,
            Limit = ResultsShown,
        }).ToList();
    }

    private ChoiceRules ChoiceRulesFor(WaterfallStepContext step) =>
        _catalog.FindPortal(Draft(step).Account.PortalId ?? string.Empty)?.Choices ?? new ChoiceRules(null, true, string.Empty, string.Empty);

    /// <summary>One result line; the distance is written the reader's way ("0,3 km" in German and French).</summary>
    private static LocalizedText Describe(FacilitySearchResult result, int number, Language language) =>
        LocalizedText.Of(TextId.KitaResultLine,
            TextArg.Number("number", number),
            TextArg.Plain("kita", result.Facility.Name),
            TextArg.Plain("ortsteil", result.Facility.Ortsteil),
            TextArg.Plain("distance", (result.DistanceKm ?? 0).ToString("0.0", CultureInfo.GetCultureInfo(LanguageInfo.Of(language).Tag))),
            TextArg.Plain("hours", string.Join("/", result.Facility.Hours)));

    /// <summary>The facility's profile; the directory has it in German and often in English, so English readers get theirs.</summary>
    private static LocalizedText Profile(Facility facility, Language language) =>
        LocalizedText.Of(TextId.KitaProfile,
            TextArg.Plain("kita", facility.Name),
            TextArg.Plain("provider", facility.Provider.Name),
            TextArg.Plain("address", $"{facility.Street}, {facility.Postcode} ({facility.Ortsteil})"),
            TextArg.Plain("hours", string.Join("/", facility.Hours)),
            TextArg.Plain("languages", string.Join(", ", facility.StaffLanguages.Select(code => LanguageInfo.FromLocale(code)?.NativeName ?? code))),
            TextArg.Plain("profile", language == Language.English && facility.ProfileEn is { } english ? english : facility.ProfileDe));

    private static LocalizedText Verbatim(string value) => LocalizedText.Of(TextId.Verbatim, TextArg.Plain("value", value));

    private Task SendAsync(WaterfallStepContext step, LocalizedText text, CancellationToken cancellationToken) =>
        step.Turn.SendActivityAsync(_presenter.Message(step.Turn, text), cancellationToken);
}
