namespace KitaBot.Storage.Catalog.Lookup;

/// <summary>Ranks candidate names by edit distance of their <see cref="NameKey"/> to what the family typed.</summary>
internal static class FuzzyNames
{
    /// <summary>The closest candidates, best first: small typos and unfinished names ("Lippb" → "Lippborg").</summary>
    public static IReadOnlyList<T> Closest<T>(string typed, IEnumerable<T> candidates, Func<T, IEnumerable<string>> namesOf, int max)
    {
        var key = NameKey.Of(typed);
        if (key.Length == 0 || max <= 0)
        {
            return [];
        }

        var tolerance = key.Length <= 4 ? 1 : key.Length <= 8 ? 2 : 3;
        return candidates
            .Select(candidate => (Candidate: candidate, Score: namesOf(candidate).Min(name => Score(key, NameKey.Of(name)))))
            .Where(scored => scored.Score <= tolerance)
            .OrderBy(scored => scored.Score)
            .Take(max)
            .Select(scored => scored.Candidate)
            .ToList();
    }

    private static int Score(string typedKey, string candidateKey)
    {
        if (typedKey.Length >= 3 && candidateKey.StartsWith(typedKey, StringComparison.Ordinal))
        {
            return 0;
        }

        return Distance(typedKey, candidateKey);
    }

    /// <summary>Levenshtein distance with two rolling rows.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
