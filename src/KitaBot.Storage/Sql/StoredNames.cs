using System.Text.Json;

namespace KitaBot.Storage.Sql;

/// <summary>
/// Enum values are stored as kebab-case member names ("on-waitlist", "kreis-soest"), never as numbers or CLR type
/// names. Renaming an enum member therefore needs a data migration.
/// </summary>
internal static class StoredNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ToName[value];

    public static string? OfNullable<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } present ? Of(present) : null;

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        Names<TEnum>.FromName.TryGetValue(name, out var value)
            ? value
            : throw new InvalidDataException($"Unknown stored {typeof(TEnum).Name} '{name}'.");

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ToName =
            Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly Dictionary<string, TEnum> FromName =
            ToName.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
