using System.Text.Json.Serialization;

namespace KitaBot.Storage.Catalog.Model;

[JsonConverter(typeof(JsonStringEnumConverter<JugendamtKind>))]
public enum JugendamtKind
{
    /// <summary>The Kreisjugendamt, responsible for the towns without their own Jugendamt.</summary>
    [JsonStringEnumMemberName("district")]
    District = 1,

    /// <summary>A town's own Jugendamt.</summary>
    [JsonStringEnumMemberName("municipal")]
    Municipal,
}
