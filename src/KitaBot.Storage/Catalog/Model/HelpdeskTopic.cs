using System.Text.Json.Serialization;

namespace KitaBot.Storage.Catalog.Model;

[JsonConverter(typeof(JsonStringEnumConverter<HelpdeskTopic>))]
public enum HelpdeskTopic
{
    [JsonStringEnumMemberName("portal")]
    Portal = 1,

    [JsonStringEnumMemberName("childminder")]
    Childminder,
}
