using System.Text.Json.Serialization;

namespace KitaBot.Storage.Catalog.Model;

/// <summary>The kind of Träger running a facility.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProviderType>))]
public enum ProviderType
{
    [JsonStringEnumMemberName("municipal")]
    Municipal = 1,

    [JsonStringEnumMemberName("catholic")]
    Catholic,

    [JsonStringEnumMemberName("protestant")]
    Protestant,

    /// <summary>Welfare associations such as AWO, DRK or Paritätischer.</summary>
    [JsonStringEnumMemberName("welfare")]
    Welfare,

    [JsonStringEnumMemberName("parentInitiative")]
    ParentInitiative,

    [JsonStringEnumMemberName("independent")]
    Independent,
}
