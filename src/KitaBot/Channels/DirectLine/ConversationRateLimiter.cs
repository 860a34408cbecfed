using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// Limits how many activities one conversation may post per minute. Checked after the token, so nobody can use up
/// another family's allowance by guessing its conversation id.
/// </summary>
internal sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<DirectLineOptions> options)
    {
        var permits = options.Value.ActivitiesPerMinutePerConversation;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId =>
            RateLimitPartition.GetFixedWindowLimiter(conversationId, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public bool TryAcquire(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
