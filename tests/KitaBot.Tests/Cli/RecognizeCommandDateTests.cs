using Xunit;

namespace KitaBot.Tests.Cli;

/// <summary>The default dates mode.</summary>
public sealed class RecognizeCommandDateTests
{
    [Fact]
    public async Task Dates_is_the_default_mode_and_reports_future_and_past_values()
    {
        var run = await RecognizeRun.RunAsync(
            [],
            """{"id":"d1","text":"Geburtstag: 15.01.2016","culture":"de-DE","reference":"2016-11-07"}""",
            """{"id":"d2","text":"kein Datum","culture":"de-DE","reference":"2016-11-07"}""",
            """{"id":"d3","text":"x","culture":"de-DE","reference":"07.11.2016"}""");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["d1", "d2", "d3"], run.Lines.Select(line => line.GetProperty("id").GetString()));
        var date = Assert.Single(run.Lines[0].GetProperty("dates").EnumerateArray());
        Assert.Equal(("15.01.2016", 12, 10, "2016-01-15"), (date.GetProperty("text").GetString(), date.GetProperty("start").GetInt32(),
            date.GetProperty("length").GetInt32(), date.GetProperty("value").GetString()));
        Assert.True(date.TryGetProperty("past", out _));
        Assert.Empty(run.Lines[1].GetProperty("dates").EnumerateArray());
        Assert.True(run.Lines[2].TryGetProperty("error", out _));
    }
}
