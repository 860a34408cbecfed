using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KitaBot.Channels.BotService.Outbound;

/// <summary>
/// Retries calls to the connector and the token endpoint on 429, 5xx and transport errors: exponential backoff with
/// jitter, a server's <c>Retry-After</c> respected (capped), and a bounded number of attempts.
/// </summary>
internal sealed class ConnectorRetryPolicy
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ConnectorRetryPolicy(IOptions<BotServiceOptions> options, TimeProvider timeProvider)
    {
        var settings = options.Value;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>(exception => exception.InnerException is TimeoutException)
                    .HandleResult(IsTransient),
                DelayGenerator = arguments => ValueTask.FromResult(RetryAfter(arguments.Outcome.Result, settings.RetryMaxDelay, timeProvider)),
                OnRetry = arguments =>
                {
                    // The failed response is replaced by the next attempt's; release its connection now.
                    arguments.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Runs <paramref name="send"/>, which must build a fresh request on every attempt.</summary>
    public ValueTask<HttpResponseMessage> ExecuteAsync(Func<CancellationToken, ValueTask<HttpResponseMessage>> send, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(send, cancellationToken);

    private static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan maxDelay, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date - timeProvider.GetUtcNow());
        if (delay is null)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > maxDelay ? maxDelay : delay;
    }
}
