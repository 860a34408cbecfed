using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>A thin raw-HTTP Direct Line client for the tests: it sends exactly what Web Chat sends and returns JSON.</summary>
internal sealed class DirectLineTestClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseAddress, "v3/directline/") };

    public async Task<(string ConversationId, string Token)> GenerateAsync()
    {
        var body = await SendJsonAsync(HttpMethod.Post, "tokens/generate", token: null, content: null, HttpStatusCode.OK);
        return (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    /// <summary>Generates a token and starts its conversation in the given locale; returns the start answer too.</summary>
    public async Task<(string ConversationId, string Token, JsonObject Started)> StartAsync(string locale = "en-GB")
    {
        var (conversationId, token) = await GenerateAsync();
        var started = await SendJsonAsync(HttpMethod.Post, "conversations", token, $$"""{"user":{},"locale":"{{locale}}"}""", HttpStatusCode.Created);
        return (conversationId, token, started);
    }

    public Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string watermark = "") =>
        SendJsonAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark={watermark}", token, null, HttpStatusCode.OK);

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string clientActivityId = "c1")
    {
        var body = await SendJsonAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, WebChatMessage(text, clientActivityId), HttpStatusCode.OK);
        return body["id"]!.GetValue<string>();
    }

    /// <summary>What Web Chat 4.18 posts for a typed message.</summary>
    public static string WebChatMessage(string text, string clientActivityId, string fromId = "r_someone", string role = "user") =>
        JsonSerializer.Serialize(new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "en-GB",
            ["localTimestamp"] = "2025-03-01T10:00:00.000+01:00",
            ["localTimezone"] = "Europe/Berlin",
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "", ["role"] = role },
            ["attachments"] = new JsonArray(),
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId, ["attachmentSizes"] = new JsonArray() },
        });

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? content, string? rawAuthorization = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (rawAuthorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", rawAuthorization);
        }

        if (content is not null)
        {
            request.Content = new StringContent(content, Encoding.UTF8, "application/json");
        }

        return await _http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => await _http.SendAsync(request);

    public async Task<JsonObject> SendJsonAsync(HttpMethod method, string path, string? token, string? content, HttpStatusCode expected)
    {
        using var response = await SendAsync(method, path, token, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: expected {expected}, got {response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts an error answer: the status and a JSON <c>{"error":{"code","message"}}</c> body.</summary>
    public static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonNode.Parse(text)!["error"]!;
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        return error["code"]!.GetValue<string>();
    }

    public static JsonObject TokenPayload(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!.AsObject();
    }

    public void Dispose() => _http.Dispose();
}
