using System.Text.Json;
using KitaBot.Cli;
using Xunit;

namespace KitaBot.Tests.Cli;

public sealed class RecognizeCommandTests
{
    private static readonly string[] Numbers = ["--mode", "numbers"];

    [Fact]
    public async Task Numbers_mode_answers_every_line_in_order()
    {
        var run = await RecognizeRun.RunAsync(
            Numbers,
            """{"id":"1","text":"Ich habe fünfunddreißig Äpfel","culture":"de-DE"}""",
            """{"id":"2","text":"سی و پنج","culture":"fa-IR"}""",
            """{"id":"3","text":"la deuxième","culture":"fr-FR"}""",
            """{"id":"4","text":"٣ أطفال","culture":"ar-SA"}""");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1", "2", "3", "4"], run.Lines.Select(line => line.GetProperty("id").GetString()));
        var first = Assert.Single(run.Lines[0].GetProperty("numbers").EnumerateArray());
        Assert.Equal(("fünfunddreißig", 9, 14, 35, "cardinal"), Number(first));
        Assert.Equal(35, Assert.Single(run.Lines[1].GetProperty("numbers").EnumerateArray()).GetProperty("value").GetInt64());
        Assert.Equal(("deuxième", 3, 8, 2, "ordinal"), Number(Assert.Single(run.Lines[2].GetProperty("numbers").EnumerateArray())));
        Assert.Equal(("٣", 0, 1, 3, "cardinal"), Number(Assert.Single(run.Lines[3].GetProperty("numbers").EnumerateArray())));
    }

    [Fact]
    public async Task Bad_lines_get_error_lines_and_processing_continues()
    {
        var run = await RecognizeRun.RunAsync(
            Numbers,
            """{"id":"a","text":"zwei"}""",
            """{"id":"b","text":""",
            """{"id":"c"}""",
            """{"id":"d","text":"two","culture":"xx-XX"}""",
            """{"id":"e","text":"two","culture":"en-GB","reference":"7.11.2016"}""",
            "",
            "[1,2]",
            "null",
            """{"id":{"nested":true},"text":"eins"}""",
            """{"id":7,"text":"sieben"}""",
            """{"id":"z","text":"drei"}""");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(11, run.Lines.Count);
        Assert.Equal(2, Assert.Single(run.Lines[0].GetProperty("numbers").EnumerateArray()).GetProperty("value").GetInt64());
        foreach (var (index, id) in new[] { (1, (string?)null), (2, "c"), (3, "d"), (4, "e"), (5, null), (6, null), (7, null), (8, null) })
        {
            var line = run.Lines[index];
            Assert.Equal(id, line.GetProperty("id").GetString());
            var message = line.GetProperty("error").GetString();
            Assert.False(string.IsNullOrWhiteSpace(message));
            Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        }

        Assert.Equal("7", run.Lines[9].GetProperty("id").GetString());
        Assert.Equal(7, Assert.Single(run.Lines[9].GetProperty("numbers").EnumerateArray()).GetProperty("value").GetInt64());
        Assert.Equal("z", run.Lines[10].GetProperty("id").GetString());
        Assert.Equal(3, Assert.Single(run.Lines[10].GetProperty("numbers").EnumerateArray()).GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task Missing_culture_means_german()
    {
        var run = await RecognizeRun.RunAsync(Numbers, """{"id":"g","text":"einundzwanzig"}""");
        Assert.Equal(21, Assert.Single(Assert.Single(run.Lines).GetProperty("numbers").EnumerateArray()).GetProperty("value").GetInt64());
    }

    [Theory]
    [InlineData("""{"id":"y","text":"jo, passt","culture":"de-DE"}""", "yes", "jo", 0, 2)]
    [InlineData("""{"id":"y","text":"آره","culture":"fa-IR"}""", "yes", "آره", 0, 3)]
    [InlineData("""{"id":"y","text":"Hayır","culture":"tr-TR"}""", "no", "Hayır", 0, 5)]
    [InlineData("""{"id":"y","text":"mal sehen","culture":"de-DE"}""", "none", "", 0, 0)]
    public async Task YesNo_mode_reports_answer_and_span(string line, string answer, string text, int start, int length)
    {
        var run = await RecognizeRun.RunAsync(["--mode=yesno"], line);
        var result = Assert.Single(run.Lines).GetProperty("yesNo");
        Assert.Equal((answer, text, start, length), (result.GetProperty("answer").GetString(), result.GetProperty("text").GetString(),
            result.GetProperty("start").GetInt32(), result.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Choices_mode_matches_reports_ambiguity_and_validates_choices()
    {
        const string choices = """[{"value":"n","title":"Sonnenschein Nord"},{"value":"s","title":"Sonnenschein Süd","synonyms":["Süden"]},{"value":"r","title":"Regenbogen"}]""";
        var run = await RecognizeRun.RunAsync(
            ["--mode", "choices"],
            $$"""{"id":"1","text":"die zweite","culture":"de-DE","choices":{{choices}}}""",
            $$"""{"id":"2","text":"sonnenschein","culture":"de-DE","choices":{{choices}}}""",
            $$"""{"id":"3","text":"Regenbgoen bitte","culture":"de-DE","choices":{{choices}}}""",
            $$"""{"id":"4","text":"Schwimmbad","culture":"de-DE","choices":{{choices}}}""",
            """{"id":"5","text":"eins","culture":"de-DE"}""",
            """{"id":"6","text":"eins","culture":"de-DE","choices":[{"title":"ohne Wert"}]}""",
            $$"""{"id":"7","text":"r","choices":{{choices}}}""");

        var second = run.Lines[0].GetProperty("choices");
        Assert.Equal("matched", second.GetProperty("status").GetString());
        var candidate = Assert.Single(second.GetProperty("candidates").EnumerateArray());
        Assert.Equal(("s", 1, "ordinal", "zweite", 4, 6), (candidate.GetProperty("value").GetString(), candidate.GetProperty("index").GetInt32(),
            candidate.GetProperty("kind").GetString(), candidate.GetProperty("text").GetString(), candidate.GetProperty("start").GetInt32(),
            candidate.GetProperty("length").GetInt32()));

        var ambiguous = run.Lines[1].GetProperty("choices");
        Assert.Equal("ambiguous", ambiguous.GetProperty("status").GetString());
        Assert.Equal(["n", "s"], ambiguous.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("value").GetString()).Order());

        var typo = Assert.Single(run.Lines[2].GetProperty("choices").GetProperty("candidates").EnumerateArray());
        Assert.Equal(("r", "title"), (typo.GetProperty("value").GetString(), typo.GetProperty("kind").GetString()));
        Assert.InRange(typo.GetProperty("score").GetDouble(), 0.8, 0.99);

        Assert.Equal("none", run.Lines[3].GetProperty("choices").GetProperty("status").GetString());
        Assert.Empty(run.Lines[3].GetProperty("choices").GetProperty("candidates").EnumerateArray());
        Assert.True(run.Lines[4].TryGetProperty("error", out _));
        Assert.True(run.Lines[5].TryGetProperty("error", out _));
        Assert.Equal("postBack", Assert.Single(run.Lines[6].GetProperty("choices").GetProperty("candidates").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Contact_modes_normalise_email_phone_and_postcode()
    {
        const string line = """{"id":"k","text":"Anna, anna.schmidt@Example.DE, Tel. 0171 1234567, Markt 1, 59494 Soest."}""";
        var email = Assert.Single((await RecognizeRun.RunAsync(["--mode", "email"], line)).Lines).GetProperty("emails");
        var phone = Assert.Single((await RecognizeRun.RunAsync(["--mode", "phone"], line)).Lines).GetProperty("phones");
        var postcode = Assert.Single((await RecognizeRun.RunAsync(["--mode", "postcode"], line)).Lines).GetProperty("postcodes");

        var address = Assert.Single(email.EnumerateArray());
        Assert.Equal(("anna.schmidt@example.de", 6, 23), (address.GetProperty("address").GetString(), address.GetProperty("start").GetInt32(), address.GetProperty("length").GetInt32()));
        var number = Assert.Single(phone.EnumerateArray());
        Assert.Equal(("+491711234567", "0171 1234567"), (number.GetProperty("e164").GetString(), number.GetProperty("text").GetString()));
        var code = Assert.Single(postcode.EnumerateArray());
        Assert.Equal(("59494", 59), (code.GetProperty("postcode").GetString(), code.GetProperty("start").GetInt32()));
    }

    [Fact]
    public async Task Output_is_one_json_line_per_input_line_without_unused_members()
    {
        var run = await RecognizeRun.RunAsync(["--mode", "phone"], """{"id":"p","text":"keine Nummer"}""");
        var line = Assert.Single(run.Lines);
        Assert.Equal(["id", "phones"], line.EnumerateObject().Select(property => property.Name));
        Assert.Equal(JsonValueKind.Array, line.GetProperty("phones").ValueKind);
    }

    [Theory]
    [InlineData("--mode", "telepathy")]
    [InlineData("--verbose")]
    [InlineData("--mode")]
    public async Task Bad_arguments_exit_with_usage_and_no_output(params string[] args)
    {
        var run = await RecognizeRun.RunAsync(args, """{"id":"1","text":"zwei"}""");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Lines);
        Assert.Contains("usage: recognize", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_entry_point_runs_with_the_system_clock()
    {
        using var input = new StringReader("""{"id":"s","text":"tak","culture":"pl-PL"}""");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await RecognizeCommand.RunAsync(["--mode", "yesno"], input, output, error, CancellationToken.None);
        Assert.Equal(0, exitCode);
        Assert.Equal("""{"id":"s","yesNo":{"answer":"yes","text":"tak","start":0,"length":3}}""", output.ToString().Trim());
    }

    [Fact]
    public async Task Cancellation_stops_reading_with_exit_code_130()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var input = new StringReader("""{"id":"1","text":"zwei"}""");
        using var output = new StringWriter();
        var exitCode = await RecognizeCommand.RunAsync(Numbers, input, output, TextWriter.Null, cancellation.Token);
        Assert.Equal((130, string.Empty), (exitCode, output.ToString()));
    }

    private static (string?, int, int, long, string?) Number(JsonElement number) => (number.GetProperty("text").GetString(),
        number.GetProperty("start").GetInt32(), number.GetProperty("length").GetInt32(), number.GetProperty("value").GetInt64(), number.GetProperty("kind").GetString());
}
