using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Host.Data;

namespace NrwBot.Host.Requests;

/// <summary>
/// The LKS channel of <see cref="LksOptions.ChannelKey"/>: the first card of a request is posted and its message id
/// kept; later cards replace that message. A card whose message is gone (deleted in Teams) is posted again.
/// </summary>
public sealed class LksChannelCards(
    ProactiveCardSender sender,
    IDbContextFactory<NrwBotDbContext> contexts,
    IOptionsMonitor<LksOptions> options,
    TimeProvider clock,
    ILogger<LksChannelCards> logger) : ILksChannel
{
    public async Task<ProactiveResult> ShowAsync(long requestId, Reply card, CancellationToken cancellationToken)
    {
        var channel = options.CurrentValue.ChannelKey;
        if (channel is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, LksOptions.Section + ":ChannelConversationKey");
        try
        {
            var posted = await FindAsync(requestId, cancellationToken);
            if (posted is not null && posted.ConversationKey == channel)
            {
                var replaced = await sender.PostAsync(channel, card, posted.ActivityId, cancellationToken);
                if (replaced.Result.Status != ProactiveStatus.Refused) return replaced.Result;
            }
            var sent = await sender.PostAsync(channel, card, null, cancellationToken);
            if (sent.ActivityId is { } activityId) await RememberAsync(requestId, channel, activityId, cancellationToken);
            return sent.Result;
        }
        catch (Exception error) when (error is DbException or DbUpdateException)
        {
            logger.LogError(error, "Card of request {RequestId} could not be recorded", requestId);
            return new ProactiveResult(ProactiveStatus.Failed, error.GetType().Name);
        }
    }

    private async Task<RequestCardRecord?> FindAsync(long requestId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<RequestCardRecord>().AsNoTracking().FirstOrDefaultAsync(card => card.RequestId == requestId, cancellationToken);
    }

    private async Task RememberAsync(long requestId, string channel, string activityId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Set<RequestCardRecord>().FirstOrDefaultAsync(card => card.RequestId == requestId, cancellationToken);
        if (existing is null) db.Add(new RequestCardRecord { RequestId = requestId, ConversationKey = channel, ActivityId = activityId, UpdatedAt = clock.GetUtcNow() });
        else
        {
            existing.ConversationKey = channel;
            existing.ActivityId = activityId;
            existing.UpdatedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
