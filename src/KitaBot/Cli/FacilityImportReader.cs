using System.Globalization;
using System.Text;
using CsvHelper;
using KitaBot.Storage.Catalog;
using KitaBot.Storage.Catalog.Loading;
using KitaBot.Storage.Catalog.Lookup;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Cli;

/// <summary>
/// Reads an operator's facility CSV and checks every row. Accepts UTF-8 (with or without BOM) and, failing that,
/// Latin-1 as saved by a German Excel; the delimiter (';' or ',') is sniffed from the header line. With ';'
/// coordinates may use a decimal comma ("51,55").
/// </summary>
internal sealed class FacilityImportReader(IPortalCatalog catalog, CatalogValidator validator)
{
    private static readonly char[] ListSeparators = ['|', '/', ',', ' '];

    public static string Decode(byte[] bytes, out bool readAsLatin1)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        readAsLatin1 = false;
        try
        {
            return strictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            readAsLatin1 = true;
            return Encoding.Latin1.GetString(bytes);
        }
    }

    public FacilityImportResult Read(string text, bool readAsLatin1)
    {
        text = text.TrimStart('\uFEFF');
        var headerLine = text.Split('\n', 2)[0];
        var delimiter = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
        var errors = new List<FacilityImportLineError>();
        var facilities = new List<Facility>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(1, "the file is empty: expected a header line with the columns " + string.Join(delimiter, FacilityImportColumns.Required)));
            return new(facilities, errors, delimiter, readAsLatin1);
        }

        var badLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = malformed =>
            {
                if (badLines.Add(malformed.LineNumber))
                {
                    errors.Add(new((int)malformed.LineNumber, $"malformed CSV ({malformed.Reason}); check the quotes"));
                }
            },
        };

        using var csv = CsvReader.FromText(text, options);
        var header = csv.Headers;
        var present = header.Select(name => name.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var missing = FacilityImportColumns.Required.Where(column => !present.Contains(column.ToLowerInvariant())).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new(1, $"the header lacks the required column(s) {string.Join(", ", missing)} (found: {string.Join(", ", header)})"));
            return new(facilities, errors, delimiter, readAsLatin1);
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (badLines.Contains(line) || Enumerable.Range(0, csv.FieldCount).All(csv.IsEmpty))
            {
                continue;
            }

            var reasons = new List<string>();
            if (csv.FieldCount != header.Count)
            {
                reasons.Add($"has {csv.FieldCount} fields but the header has {header.Count}");
            }

            var facility = ParseRow(csv, delimiter, reasons);
            if (facility is not null)
            {
                reasons.AddRange(validator.ValidateFacility(facility));
                if (reasons.Count == 0 && !ids.TryAdd(facility.Id, line))
                {
                    reasons.Add($"id '{facility.Id}' is already used on line {ids[facility.Id]}");
                }
            }

            if (reasons.Count == 0)
            {
                facilities.Add(facility!);
            }
            else
            {
                errors.AddRange(reasons.Select(reason => new FacilityImportLineError(line, reason)));
            }
        }

        if (facilities.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(1, "the file has a header but no facility rows; importing it would empty the directory"));
        }

        return new(facilities, errors, delimiter, readAsLatin1);
    }

    private Facility? ParseRow(CsvReader csv, char delimiter, List<string> reasons)
    {
        string Field(string column) => csv.TryGetFieldIndex(column, out var index) && index < csv.FieldCount ? csv.GetString(index).Trim() : "";

        string Required(string column)
        {
            var value = Field(column);
            if (value.Length == 0)
            {
                reasons.Add($"{column} is empty");
            }

            return value;
        }

        int? Integer(string column, bool required = true)
        {
            var value = required ? Required(column) : Field(column);
            if (value.Length == 0)
            {
                return required ? null : 0;
            }

            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            reasons.Add($"{column} '{value}' is not a whole number");
            return null;
        }

        double? Coordinate(string column)
        {
            var value = Required(column);
            var normalised = delimiter == ';' ? value.Replace(',', '.') : value;
            if (value.Length == 0)
            {
                return null;
            }

            if (double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees))
            {
                return degrees;
            }

            reasons.Add($"{column} '{value}' is not a decimal number");
            return null;
        }

        var name = Required(FacilityImportColumns.Name);
        var provider = Required(FacilityImportColumns.Provider);
        var providerType = ParseProviderType(Required(FacilityImportColumns.ProviderType), reasons);
        var townText = Required(FacilityImportColumns.Town);
        var ortsteil = Required(FacilityImportColumns.Ortsteil);
        var street = Required(FacilityImportColumns.Street);
        var postcode = Required(FacilityImportColumns.Postcode);
        var latitude = Coordinate(FacilityImportColumns.Latitude);
        var longitude = Coordinate(FacilityImportColumns.Longitude);
        var ageFrom = Integer(FacilityImportColumns.AgeFromMonths);
        var ageTo = Integer(FacilityImportColumns.AgeToMonths);
        var inclusivePlaces = Integer(FacilityImportColumns.InclusivePlaces, required: false);
        var hours = ParseHours(Required(FacilityImportColumns.Hours), reasons);
        var languages = Required(FacilityImportColumns.StaffLanguages)
            .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(StaffLanguage.PrimarySubtagOf)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var profileDe = Required(FacilityImportColumns.ProfileDe);
        var profileEn = Field(FacilityImportColumns.ProfileEn);
        var source = Required(FacilityImportColumns.Source);

        var town = townText.Length == 0 ? null : catalog.FindTown(townText) ?? catalog.FindTownById(townText);
        if (town is null && townText.Length > 0)
        {
            var suggestions = catalog.SuggestTowns(townText).Select(candidate => candidate.Name).ToList();
            reasons.Add($"town '{townText}' is not a town of Kreis Soest or Kreis Steinfurt"
                + (suggestions.Count > 0 ? $" (did you mean {string.Join(" or ", suggestions)}?)" : ""));
        }

        if (reasons.Count > 0 || town is null)
        {
            return null;
        }

        var canonicalOrtsteil = catalog.CheckOrtsteil(town, ortsteil).Match?.Name ?? ortsteil;
        var id = Field(FacilityImportColumns.Id) is { Length: > 0 } given ? given : Slug($"{town.Id}-{name}");
        return new Facility(
            id, name, new FacilityProvider(provider, providerType!.Value), town.Id, canonicalOrtsteil, street, postcode,
            new GeoPoint(latitude!.Value, longitude!.Value), ageFrom!.Value, ageTo!.Value, [.. hours!], inclusivePlaces!.Value,
            [.. languages], profileDe, profileEn.Length == 0 ? null : profileEn, Fictional: false, source);
    }

    private static ProviderType? ParseProviderType(string value, List<string> reasons)
    {
        ProviderType? type = NameKey.Of(value) switch
        {
            "" => null,
            "municipal" or "stadtisch" or "kommunal" or "gemeinde" or "stadt" => ProviderType.Municipal,
            "catholic" or "katholisch" or "kath" or "caritas" => ProviderType.Catholic,
            "protestant" or "evangelisch" or "ev" or "diakonie" => ProviderType.Protestant,
            "welfare" or "wohlfahrt" or "awo" or "drk" or "paritatisch" => ProviderType.Welfare,
            "parentinitiative" or "elterninitiative" => ProviderType.ParentInitiative,
            "independent" or "frei" or "freiertrager" or "privat" => ProviderType.Independent,
            _ => null,
        };
        if (type is null && value.Length > 0)
        {
            reasons.Add($"providerType '{value}' is unknown (use municipal, catholic, protestant, welfare, parentInitiative or independent)");
        }

        return type;
    }

    private static List<int>? ParseHours(string value, List<string> reasons)
    {
        var hours = new List<int>();
        foreach (var part in value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var weekly))
            {
                reasons.Add($"hours '{value}' must list 25, 35 and/or 45 separated by |");
                return null;
            }

            hours.Add(weekly);
        }

        return hours;
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                builder.Append(character);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
