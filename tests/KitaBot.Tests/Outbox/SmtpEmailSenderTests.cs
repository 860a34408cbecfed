using System.Text.RegularExpressions;
using KitaBot.Dialogs.Localization;
using KitaBot.Outbox;
using KitaBot.Storage.Model;
using Xunit;

namespace KitaBot.Tests.Outbox;

/// <summary>With <c>Email:Smtp:Host</c> set, e-mails go to the SMTP server (here a loopback peer written in the test).</summary>
public sealed partial class SmtpEmailSenderTests
{
    [Fact]
    public async Task A_Polish_code_e_mail_arrives_over_SMTP_with_a_German_copy()
    {
        using var data = new TempDirectory();
        await using var smtp = new LoopbackSmtpServer();
        await using var world = OutboxWorld.Create(data.Path, new ManualClock(ManualClock.Start), Settings(smtp));
        Assert.IsType<SmtpEmailSender>(world.Get<IEmailSender>());
        await world.Verification.IssueCodeAsync("anna.nowak@example.org", "pl-PL", CancellationToken.None);

        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var transaction = Assert.Single(smtp.Accepted);
        Assert.Equal("<kitabot@localhost>", transaction.MailFrom);
        Assert.Equal("<anna.nowak@example.org>", Assert.Single(transaction.RcptTo));
        var eml = EmlMessage.Parse(transaction.Data);
        var code = SixDigits().Match(eml.Subject).Value;
        Assert.IsType<CodeVerified>(await world.Verification.VerifyAsync("anna.nowak@example.org", code, CancellationToken.None));
        Assert.Equal(world.Texts.Get(TextId.EmailCodeSubject, Language.Polish, TextArg.Plain("code", code)), eml.Subject);
        EmlAssert.InOrder(
            eml.Body,
            world.Texts.Get(TextId.EmailCodeBody, Language.Polish, TextArg.Plain("code", code)),
            world.Texts.Get(TextId.EmailCodeBody, Language.German, TextArg.Plain("code", code)));
        var row = Assert.Single(world.OutboxRows());
        Assert.Equal("pl-PL, de-DE", eml.Header("Content-Language"));
        Assert.Equal($"<{row.Id:N}@localhost>", eml.Header("Message-ID"));
        Assert.Equal("sent", row.State);
        Assert.Empty(world.PickedUp());
    }

    [Fact]
    public async Task A_busy_server_gets_the_message_again_after_the_backoff_and_only_once()
    {
        using var data = new TempDirectory();
        await using var smtp = new LoopbackSmtpServer();
        var clock = new ManualClock(ManualClock.Start);
        await using var world = OutboxWorld.Create(data.Path, clock, Settings(smtp));
        var family = await world.CreateFamilyAsync("Ioana Popescu", "ioana@example.org", "ro-RO");
        await world.ReleaseAsync(family, "Maria", OutboxSamples.KitasInTown(world.Facilities, 3));
        smtp.RejectNext(1);

        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Empty(smtp.Accepted);
        var failed = Assert.Single(world.OutboxRows());
        Assert.Equal(("pending", "smtp-localerrorinprocessing"), (failed.State, failed.LastError));

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var eml = EmlMessage.Parse(Assert.Single(smtp.Accepted).Data);
        Assert.Equal(world.Texts.Get(TextId.EmailConfirmationSubject, Language.Romanian), eml.Subject);
        Assert.Contains("Guten Tag Ioana Popescu", eml.Body, StringComparison.Ordinal);
        Assert.Equal("sent", Assert.Single(world.OutboxRows()).State);
    }

    private static Dictionary<string, string?> Settings(LoopbackSmtpServer smtp) => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:EnableSsl"] = "false",
    };

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex SixDigits();
}
