using KitaBot.Storage.Model;

namespace KitaBot.Dialogs.Registration.State;

/// <summary>One child's pre-registration (Voranmeldung) as far as it is answered.</summary>
public sealed class ChildDraft
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public bool Unborn { get; set; }

    /// <summary>Date of birth, or the due date when <see cref="Unborn"/>.</summary>
    public DateOnly? BirthDate { get; set; }

    public DateOnly? DesiredStart { get; set; }

    public WeeklyHours? Hours { get; set; }

    public HoursPattern? Pattern { get; set; }

    public bool? NeedsInclusivePlace { get; set; }

    public string? InclusionNote { get; set; }

    public DateTimeOffset? HealthDataConsentAt { get; set; }

    /// <summary>Wechselwunsch: the child already has a place in the district.</summary>
    public bool? HasPlaceAlready { get; set; }

    public bool? CurrentPlaceIsChildminder { get; set; }

    public string? SiblingsInCare { get; set; }

    public CareChoice? Care { get; set; }

    public List<KitaChoiceDraft> KitaChoices { get; set; } = [];

    /// <summary>Where the Kita search stands while choices are made.</summary>
    public KitaSearchDraft Search { get; set; } = new();

    public ChildminderDraft? Childminder { get; set; }
}
