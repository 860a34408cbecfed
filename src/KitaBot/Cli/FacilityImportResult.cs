using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Cli;

/// <summary>The facilities read from a CSV file and every problem found; import only when there are no errors.</summary>
internal sealed record FacilityImportResult(IReadOnlyList<Facility> Facilities, IReadOnlyList<FacilityImportLineError> Errors, char Delimiter, bool ReadAsLatin1);
