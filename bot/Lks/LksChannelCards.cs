using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Host.Data;
using NrwBot.Host.Proactive;
using NrwBot.Host.Requests;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Host.Lks;

/// <summary>
/// The LKS channel of <see cref="LksOptions.ChannelKey"/>: the first card of a request is posted and its message id
/// kept; later cards replace that message. A card whose message is gone (deleted in Teams) is posted again.
/// </summary>
public sealed class LksChannelCards(
    ProactiveMessenger sender,
    ConversationStore conversations,
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
            var reference = await ReferenceAsync(channel, cancellationToken);
            if (reference is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, channel);
            var posted = await FindAsync(requestId, cancellationToken);
            if (posted is not null && posted.ConversationKey == channel)
            {
                var replaced = await sender.PostCardAsync(channel, reference, card, posted.ActivityId, cancellationToken);
                if (replaced.Result.Status != ProactiveStatus.Refused) return replaced.Result;
            }
            var sent = await sender.PostCardAsync(channel, reference, card, null, cancellationToken);
            if (sent.ActivityId is { } activityId) await RememberAsync(requestId, channel, activityId, cancellationToken);
            return sent.Result;
        }
        catch (Exception error) when (error is DbException or DbUpdateException)
        {
            logger.LogError(error, "Card of request {RequestId} could not be recorded", requestId);
            return new ProactiveResult(ProactiveStatus.Failed, error.GetType().Name);
        }
    }

    /// <summary>
    /// The stored conversation of the channel. Teams reports only the General channel (at installation) without a
    /// thread; for another channel of the LKS team the General channel's reference is reused with that channel's id.
    /// </summary>
    private async Task<ConversationReference?> ReferenceAsync(string channelKey, CancellationToken cancellationToken)
    {
        if (await conversations.FindAsync(channelKey, cancellationToken) is { } stored) return stored;
        var teamId = options.CurrentValue.TeamId;
        if (string.IsNullOrWhiteSpace(teamId) || !channelKey.StartsWith(ChannelPrefix, StringComparison.Ordinal)) return null;
        if (await conversations.FindAsync(ConversationKeys.ForConversation(teamId), cancellationToken) is not { } team) return null;
        team.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channelKey[ChannelPrefix.Length..])
        {
            TenantId = team.Conversation?.TenantId,
        };
        team.ActivityId = null;
        return team;
    }

    private static readonly string ChannelPrefix = ConversationKeys.ForConversation("");

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
