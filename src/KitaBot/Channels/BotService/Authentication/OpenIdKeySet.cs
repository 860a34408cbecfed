using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace KitaBot.Channels.BotService.Authentication;

/// <summary>
/// The signing keys of one OpenID metadata document, by <c>kid</c>, with the Bot Framework <c>endorsements</c>
/// (the channel ids each key may sign for).
/// </summary>
internal sealed class OpenIdKeySet
{
    private readonly Dictionary<string, SecurityKey> _keys;
    private readonly Dictionary<string, string[]> _endorsements;

    private OpenIdKeySet(Dictionary<string, SecurityKey> keys, Dictionary<string, string[]> endorsements)
    {
        _keys = keys;
        _endorsements = endorsements;
    }

    public static OpenIdKeySet From(JsonWebKeySet? keySet)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in keySet?.Keys ?? [])
        {
            var isRsaSigningKey = key.Kty == JsonWebAlgorithmsKeyTypes.RSA && (key.Use is null || key.Use == "sig");
            if (!isRsaSigningKey || string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            keys[key.Kid] = key;
            if (key.AdditionalData.TryGetValue("endorsements", out var value))
            {
                endorsements[key.Kid] = ReadStrings(value);
            }
        }

        return new OpenIdKeySet(keys, endorsements);
    }

    public bool TryGetKey(string kid, out SecurityKey key) => _keys.TryGetValue(kid, out key!);

    /// <summary>The channel ids the key is endorsed for; empty when the key carries no endorsements.</summary>
    public IReadOnlyList<string> EndorsementsOf(string kid) => _endorsements.TryGetValue(kid, out var list) ? list : [];

    // The JWK reader keeps unknown members either as JsonElement or as plain CLR collections, depending on version.
    private static string[] ReadStrings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)
            .ToArray(),
        string single => [single],
        IEnumerable items => items.Cast<object?>().Select(ToText).OfType<string>().ToArray(),
        _ => [],
    };

    private static string? ToText(object? item) => item switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };
}
