using System.Diagnostics;
using System.Globalization;
using KitaBot.Dialogs.Localization;
using KitaBot.Dialogs.Recognizers.Choices;
using KitaBot.Dialogs.Recognizers.Confirm;
using KitaBot.Dialogs.Recognizers.Dates;
using KitaBot.Dialogs.Recognizers.Numbers;

namespace KitaBot.Bench;

/// <summary>Single-thread throughput of the recognizers on typical answers in several languages.</summary>
public static class RecognizerBenchmark
{
    private const int Iterations = 20_000;

    private static readonly (string Text, Language Language)[] Dates =
    [
        ("Wir brauchen den Platz ab 1. August 2027", Language.German),
        ("born on 15 March 2024", Language.English),
        ("à partir du 1er septembre 2027", Language.French),
        ("з 1 серпня 2027 року", Language.Ukrainian),
        ("١٥ آذار ٢٠٢٤", Language.Arabic),
        ("Ağustos 2027'den itibaren", Language.Turkish),
        ("۱۵ مارس ۲۰۲۴", Language.Persian),
    ];

    public static int Run()
    {
        var dates = new DateRecognizer();
        var numbers = new NumberRecognizer();
        var yesNo = new YesNoRecognizer();
        var choices = new ChoiceRecognizer();
        var reference = new DateOnly(2026, 11, 21);
        Choice[] hours = [new("Hours25", "25 Stunden"), new("Hours35", "35 Stunden"), new("Hours45", "45 Stunden")];

        Measure("dates", () => { foreach (var (text, language) in Dates) { dates.Recognize(text, language, reference); } }, Dates.Length);
        Measure("numbers", () => { numbers.Recognize("fünfunddreißig Stunden", Language.German); numbers.Recognize("тридцать пять", Language.Russian); }, 2);
        Measure("yes/no", () => { yesNo.Recognize("ja, gerne", Language.German); yesNo.Recognize("evet", Language.Turkish); }, 2);
        Measure("choices", () => choices.Recognize("35 stunden", hours, Language.German), 1);
        return 0;
    }

    private static void Measure(string name, Action action, int callsPerAction)
    {
        for (var i = 0; i < 500; i++)
        {
            action();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            action();
        }

        var perCall = clock.Elapsed.TotalMicroseconds / (Iterations * callsPerAction);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {perCall:F1} µs per call, {1_000_000 / perCall:F0} calls/s"));
    }
}
