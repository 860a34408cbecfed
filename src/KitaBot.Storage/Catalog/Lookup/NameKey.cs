using System.Globalization;
using System.Text;

namespace KitaBot.Storage.Catalog.Lookup;

/// <summary>
/// Folds a place name to a comparison key that ignores case, accents, punctuation and spaces and treats the
/// German transliterations ä/ae, ö/oe, ü/ue, ß/ss alike: "Wickede (Ruhr)" → "wickederuhr", "Ruethen" = "Rüthen".
/// </summary>
public static class NameKey
{
    public static string Of(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (char.IsLetterOrDigit(character) && CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
        }

        return builder
            .Replace("ae", "a")
            .Replace("oe", "o")
            .Replace("ue", "u")
            .ToString();
    }
}
