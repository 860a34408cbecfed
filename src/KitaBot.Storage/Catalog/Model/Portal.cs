using System.Collections.Immutable;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>A district registration portal with its rules, helpdesks and yearly calendars.</summary>
public sealed record Portal(
    string Id,
    string Name,
    string Url,
    string DistrictId,
    string JugendamtId,
    string? Vendor,
    ChoiceRules Choices,
    SourcedNote? DeclarationFor45Hours,
    ImmutableArray<HelpdeskContact> Helpdesk,
    ImmutableArray<PortalCalendar> Calendars,
    ImmutableArray<SourcedNote> Notes,
    ImmutableArray<string> Sources)
{
    /// <summary>The calendar for a Kita year, or null when the data has none for that year.</summary>
    public PortalCalendar? CalendarFor(KitaYear year) => Calendars.FirstOrDefault(calendar => calendar.KitaYear == year);

    public HelpdeskContact? HelpdeskFor(HelpdeskTopic topic) => Helpdesk.FirstOrDefault(contact => contact.Topic == topic);
}
