using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using KitaBot.Dialogs.Protocol;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;

namespace KitaBot.Tests.BotService;

/// <summary>
/// Plays the Bot Connector on loopback: records every activity POSTed to it (raw target, bearer token, body) and
/// answers 200 with a resource id, unless answers were scripted with <see cref="AnswerNextWith"/>.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> _scripted = new();
    private readonly List<ReceivedActivity> _received = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private LoopbackServer? _server;
    private int _attempts;

    public Uri ServiceUrl => _server!.BaseUrl;

    /// <summary>Every POST, including the ones answered with a scripted failure.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public static async Task<RecordingConnector> StartAsync()
    {
        var connector = new RecordingConnector();
        connector._server = await LoopbackServer.StartAsync(connector.HandleAsync);
        return connector;
    }

    public void AnswerNextWith(HttpStatusCode status, string? retryAfter = null) => _scripted.Enqueue((status, retryAfter));

    /// <summary>Waits until <paramref name="count"/> activities were accepted, and returns them in arrival order.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_received.Count >= count)
                {
                    return [.. _received];
                }
            }

            if (!await _arrivals.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"The connector received {Received.Count} activities, expected {count}.");
            }
        }
    }

    public IReadOnlyList<ReceivedActivity> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _arrivals.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _attempts);
        if (_scripted.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = (int)scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            return;
        }

        var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, ProtocolJson.Default.Activity);
        var received = new ReceivedActivity(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.ToString(),
            activity!);
        lock (_gate)
        {
            _received.Add(received);
        }

        _arrivals.Release();
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"id":"sent-1"}""");
    }
}
