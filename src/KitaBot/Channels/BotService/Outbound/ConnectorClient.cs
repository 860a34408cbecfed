using System.Net.Http.Headers;
using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.BotService.Outbound;

/// <summary>
/// Sends activities through the Bot Connector REST API:
/// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>, ids URL-escaped.
/// A token is attached only for trusted service URLs; when authentication is on, untrusted URLs are refused.
/// </summary>
internal sealed class ConnectorClient(
    IOptions<BotServiceOptions> options,
    IHttpClientFactory httpClientFactory,
    ConnectorTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorRetryPolicy retryPolicy)
{
    public const string HttpClientName = "KitaBot.BotService.Connector";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public async Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TrustedServiceUrls.TryParse(activity.ServiceUrl, out var serviceUrl))
        {
            throw new InvalidOperationException("The activity has no absolute http(s) serviceUrl to send to.");
        }

        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The activity has no conversation id to send to.");
        }

        string? token = null;
        if (options.Value.AuthenticationEnabled)
        {
            if (!trustedServiceUrls.IsTrusted(serviceUrl))
            {
                throw new InvalidOperationException($"The service URL host {serviceUrl.Host} is not trusted; nothing was sent.");
            }

            token = await tokenProvider.GetTokenAsync(cancellationToken);
        }

        var target = ActivitiesUrl(serviceUrl, conversationId, activity.ReplyToId);
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity);
        var client = httpClientFactory.CreateClient(HttpClientName);

        using var response = await retryPolicy.ExecuteAsync(async attemptToken =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target);
            request.Content = new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return await client.SendAsync(request, attemptToken);
        }, cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The connector answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return await ReadResourceResponseAsync(response, cancellationToken);
    }

    /// <summary>The connector URL for an activity; Teams ids contain <c>:</c>, <c>@</c> and <c>;messageid=</c>, so every id is escaped.</summary>
    public static Uri ActivitiesUrl(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(serviceUrl.AbsoluteUri.TrimEnd('/') + "/" + path);
    }

    private static async Task<ResourceResponse?> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, ProtocolJson.Default.ResourceResponse);
        }
        catch (JsonException)
        {
            // Success without a readable id is still success; the id is informational.
            return null;
        }
    }
}
