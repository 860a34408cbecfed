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

    public int? WeeklyHours { get; set; }

    public CarePattern? Pattern { get; set; }

    public bool? NeedsInclusivePlace { get; set; }

    public string? InclusionNote { get; set; }

    public DateTimeOffset? HealthDataConsentAt { get; set; }

    /// <summary>Wechselwunsch: the child already has a place in the district.</summary>
    public bool? HasPlaceAlready { get; set; }

    public bool? CurrentPlaceIsChildminder { get; set; }

    public string? SiblingsInCare { get; set; }

    public CareType? CareType { get; set; }

    public List<KitaChoiceDraft> KitaChoices { get; set; } = [];

    public ChildminderDraft? Childminder { get; set; }
}
