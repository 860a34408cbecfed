using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using KitaBot.Dialogs.Localization;

namespace KitaBot.Dialogs.Tests.Recognizers.Dates;

/// <summary>Loads every corpus file once and names each case "xx#line text" so xunit reports it alone.</summary>
public static class DateCorpus
{
    /// <summary>The reference day of cases that do not give one (a Saturday).</summary>
    public static readonly DateOnly DefaultReference = new(2026, 11, 21);

    private static readonly Lazy<FrozenDictionary<string, (string Name, Language Language, DateCorpusCase Case)>> All = new(Load);

    /// <summary>Every case name, e.g. "de#012 Wir kommen am 3. März".</summary>
    public static IEnumerable<string> Names => All.Value.Values.Select(entry => entry.Name).Order(StringComparer.Ordinal);

    public static IEnumerable<(Language Language, DateCorpusCase Case)> Cases => All.Value.Values.Select(entry => (entry.Language, entry.Case));

    public static (Language Language, DateCorpusCase Case) Get(string name)
    {
        var entry = All.Value[Key(name)];
        return (entry.Language, entry.Case);
    }

    private static string Key(string name) => name.Split(' ', 2)[0];

    private static FrozenDictionary<string, (string, Language, DateCorpusCase)> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "dates");
        var cases = new Dictionary<string, (string, Language, DateCorpusCase)>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl"))
        {
            var code = Path.GetFileNameWithoutExtension(file);
            var language = LanguageInfo.FromLocale(code)?.Language
                ?? throw new InvalidOperationException($"Corpus file {file} is not named after a language.");
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var corpusCase = JsonSerializer.Deserialize<DateCorpusCase>(line)
                    ?? throw new InvalidOperationException($"{file}:{lineNumber} is empty.");
                var name = string.Create(CultureInfo.InvariantCulture, $"{code}#{lineNumber:D3} {corpusCase.Text}");
                cases.Add(Key(name), (name, language, corpusCase));
            }
        }

        return cases.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
