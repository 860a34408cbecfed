namespace KitaBot.Storage.Portal;

/// <summary>
/// Case-insensitive matching the same way in SQLite and PostgreSQL: folded copies of e-mails and names are stored and
/// compared with plain equality or LIKE.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text) => text.Trim().ToLowerInvariant();

    /// <summary>A LIKE pattern (escape character <c>\</c>) matching values that start with <paramref name="prefix"/>.</summary>
    public static string StartsWithPattern(string prefix) =>
        Fold(prefix).Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
