using System.Text.RegularExpressions;
using KitaBot.Dialogs.Localization;
using KitaBot.Storage.Model;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>Verification codes issued by the real store leave as pickup-folder e-mails, once.</summary>
public sealed partial class VerificationCodeEmailTests
{
    [Theory]
    [InlineData("pl-PL", "Dzień dobry")]
    [InlineData("ar-SA", "مرحبًا")]
    [InlineData("fa-IR", "سلام")]
    public async Task A_code_e_mail_carries_the_code_in_the_familys_language_and_in_German(string tag, string familyWords)
    {
        using var data = new TempDirectory();
        var clock = new ManualClock(ManualClock.Start);
        await using var world = OutboxWorld.Create(data.Path, clock);
        Assert.IsType<CodeIssued>(await world.Verification.IssueCodeAsync("Anna.Nowak@example.org", tag, CancellationToken.None));

        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var row = Assert.Single(world.OutboxRows());
        var (file, eml) = Assert.Single(world.PickedUp());
        Assert.Equal($"{row.Id:N}.eml", file);
        EmlAssert.WellFormed(eml, row.Id, "Anna.Nowak@example.org", $"{tag}, de-DE");

        // The code in the e-mail is the one the store accepts.
        var code = SixDigits().Match(eml.Subject).Value;
        Assert.IsType<CodeVerified>(await world.Verification.VerifyAsync("anna.nowak@example.org", code, CancellationToken.None));

        var language = LanguageInfo.FromLocale(tag)!.Language;
        Assert.Equal(world.Texts.Get(TextId.EmailCodeSubject, language, TextArg.Plain("code", code)), eml.Subject);
        EmlAssert.InOrder(
            eml.Body,
            world.Texts.Get(TextId.EmailCodeBody, language, TextArg.Plain("code", code)),
            world.Texts.Get(TextId.EmailCodeBody, Language.German, TextArg.Plain("code", code)));
        Assert.Contains(familyWords, eml.Body, StringComparison.Ordinal);
        Assert.Contains("Ihr Code für KitaBot lautet: " + code, eml.Body, StringComparison.Ordinal);

        // Marked sent with the plaintext code dropped; later passes send nothing.
        Assert.Equal(("sent", false), (world.OutboxRows()[0].State, world.OutboxRows()[0].HasPayload));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Single(world.PickedUp());
    }

    [Fact]
    public async Task A_German_code_e_mail_has_no_second_copy()
    {
        using var data = new TempDirectory();
        await using var world = OutboxWorld.Create(data.Path, new ManualClock(ManualClock.Start));
        await world.Verification.IssueCodeAsync("jonas@example.org", "de-DE", CancellationToken.None);

        await world.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var eml = Assert.Single(world.PickedUp()).Value;
        var code = SixDigits().Match(eml.Subject).Value;
        Assert.Equal("de-DE", eml.Header("Content-Language"));
        Assert.Equal(world.Texts.Get(TextId.EmailCodeBody, Language.German, TextArg.Plain("code", code)), eml.Body);
    }

    [Fact]
    public async Task A_code_that_expired_before_it_could_be_sent_is_dropped_unsent()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock(ManualClock.Start);
        await using var world = OutboxWorld.Create(data.Path, clock);
        await world.Verification.IssueCodeAsync("late@example.org", "en-GB", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Empty(world.PickedUp());
        var row = Assert.Single(world.OutboxRows());
        Assert.Equal(("sent", false), (row.State, row.HasPayload));
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex SixDigits();
}
