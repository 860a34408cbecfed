using System.Collections.Immutable;
using KitaBot.Storage.Catalog.Model;

namespace KitaBot.Storage.Catalog;

/// <summary>The Kitas a family can choose from, searchable by place, distance, age, hours, inclusion and language.</summary>
public interface IFacilityDirectory
{
    string DataVersion { get; }

    /// <summary>Which file the directory was loaded from: the operator's import or the shipped file.</summary>
    string Origin { get; }

    ImmutableArray<Facility> All { get; }

    Facility? Find(string facilityId);

    /// <summary>Facilities matching every given criterion; sorted by distance when an origin is given, else by name.</summary>
    IReadOnlyList<FacilitySearchResult> Search(FacilityQuery query);
}
