using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KitaBot.Dialogs.Engine;
using KitaBot.Dialogs.Protocol;
using KitaBot.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>What outlives a request: the transcript across a restart, proactive messages, and (not) uploaded files.</summary>
public sealed class DirectLinePersistenceTests
{
    [Fact]
    public async Task The_transcript_and_tokens_survive_a_restart_with_the_same_data_folder()
    {
        string conversationId, token;
        var dataFolder = Directory.CreateTempSubdirectory("kitabot-restart-").FullName;
        await using (var first = await LoopbackKitaBot.StartAsync(new GreetingEchoBot(), dataFolder: dataFolder))
        {
            using var client = new DirectLineTestClient(first.BaseAddress);
            (conversationId, token, _) = await client.StartAsync();
            await client.PostMessageAsync(conversationId, token, "remember me", "r1");
        }

        try
        {
            var bot = new GreetingEchoBot();
            await using var second = await LoopbackKitaBot.StartAsync(bot, dataFolder: dataFolder);
            using var again = new DirectLineTestClient(second.BaseAddress);
            var restarted = await again.SendJsonAsync(HttpMethod.Post, "conversations", token, null, HttpStatusCode.OK);
            var activities = (await again.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();

            Assert.Equal(conversationId, restarted["conversationId"]!.GetValue<string>());
            Assert.Equal(0, bot.ConversationUpdates);
            Assert.Equal(["Welcome to KitaBot!", "remember me", "You said: remember me"], activities.Select(a => a!["text"]!.GetValue<string>()));
            Assert.Equal($"{conversationId}|0000003", await again.PostMessageAsync(conversationId, token, "still here", "r2"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task The_generated_signing_key_is_kept_in_the_data_folder_readable_only_by_its_owner()
    {
        await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot(),
            new Dictionary<string, string?> { ["DirectLine:SigningKey"] = "" });
        using var client = new DirectLineTestClient(host.BaseAddress);
        var (conversationId, token, _) = await client.StartAsync();

        var keyFile = Path.Combine(host.DataFolder, "directline-signing.key");
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        // A token signed with the test key is refused: the generated key is really in use.
        using var foreign = await client.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities",
            TestTokens.Mint(conversationId, "dl_x", DateTime.UtcNow.AddMinutes(5)), null);
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_proactive_message_through_IChannelDelivery_is_stored_in_the_conversation()
    {
        await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot());
        using var client = new DirectLineTestClient(host.BaseAddress);
        var (conversationId, token, _) = await client.StartAsync();
        var echoId = await client.PostMessageAsync(conversationId, token, "hello", "p1");
        var echo = (await client.GetActivitiesAsync(conversationId, token, "1"))["activities"]![0]!;
        var reference = new ConversationReference
        {
            ChannelId = echo["channelId"]!.GetValue<string>(),
            ServiceUrl = echo["serviceUrl"]!.GetValue<string>(),
            Conversation = new ConversationAccount { Id = conversationId },
            ActivityId = echoId,
        };

        var delivery = Assert.Single(host.Services.GetServices<IChannelDelivery>(), d => d.Serves(reference));
        await delivery.DeliverAsync(reference, [new Activity { Type = ActivityTypes.Message, Text = "Your registration was received." }], CancellationToken.None);

        var last = (await client.GetActivitiesAsync(conversationId, token, "3"))["activities"]!.AsArray();
        var notice = Assert.Single(last)!;
        Assert.Equal("Your registration was received.", notice["text"]!.GetValue<string>());
        Assert.Equal("bot", notice["from"]!["role"]!.GetValue<string>());
        Assert.NotNull(notice["timestamp"]);
        Assert.False(delivery.Serves(new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://smba.example/" }));
    }

    [Fact]
    public async Task An_upload_is_answered_politely_by_the_bot_and_no_file_is_kept()
    {
        await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot());
        using var client = new DirectLineTestClient(host.BaseAddress);
        var (conversationId, token, _) = await client.StartAsync();
        var marker = "PNG-CONTENT-" + Guid.NewGuid().ToString("N");

        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent("""{"type":"message","text":"my passport","channelData":{"clientActivityID":"u1"}}""", Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var filePart = new ByteArrayContent(Encoding.ASCII.GetBytes(marker));
        filePart.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(filePart, "file", "a.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=dl_someone") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = (await client.GetActivitiesAsync(conversationId, token, "1"))["activities"]!.AsArray();
        Assert.Equal("my passport", activities[0]!["text"]!.GetValue<string>());
        Assert.Equal("u1", activities[0]!["channelData"]!["clientActivityID"]!.GetValue<string>());
        var attachment = Assert.Single(activities[0]!["attachments"]!.AsArray())!;
        Assert.Equal("a.png", attachment["name"]!.GetValue<string>());
        Assert.Null(attachment["contentUrl"]);
        Assert.Equal("Sorry, I cannot accept files.", activities[1]!["text"]!.GetValue<string>());
        foreach (var file in Directory.EnumerateFiles(host.DataFolder, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            Assert.DoesNotContain(marker, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_oversized_upload_gets_413()
    {
        await using var host = await LoopbackKitaBot.StartAsync(new GreetingEchoBot(),
            new Dictionary<string, string?> { ["DirectLine:MaxUploadBytes"] = "1000" });
        using var client = new DirectLineTestClient(host.BaseAddress);
        var (conversationId, token, _) = await client.StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[5000]), "file", "big.bin" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"conversations/{conversationId}/upload") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal("MessageSizeTooBig", await DirectLineTestClient.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge));
    }
}
