using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;
using NrwBot.Host.Proactive;
using NrwBot.Host.Requests;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Host.Lks;

/// <summary>
/// The LKS channel of <see cref="LksOptions.ChannelKey"/>: the first card of a request is posted and its message id
/// kept; later cards replace that message. A card whose message is gone (deleted in Teams) is posted again.
/// Cards go through the outbox (the user's turn does not wait for the channel): the request store writes a row in the
/// transaction that creates or changes a request (<see cref="Queue"/>), <see cref="ShowAsync"/> puts the rendered
/// card into the row still waiting for that request, and the worker delivers it here (<see cref="DeliverAsync"/>);
/// a row without a card (a crash came between) is rendered from the request as stored.
/// </summary>
public sealed class LksChannelCards(
    ProactiveMessenger sender,
    ChannelReferences references,
    OutboxWriter outbox,
    IServiceProvider services,
    IDbContextFactory<NrwBotDbContext> contexts,
    IOptionsMonitor<LksOptions> options,
    TimeProvider clock,
    ILogger<LksChannelCards> logger) : ILksChannel, IOutboxHandler
{
    public string Kind => OutboxKinds.RequestCard;

    /// <summary>The outbox row for a request's card, to be added in the transaction of the change; null without a channel.</summary>
    public static OutboxMessage? Queue(LksOptions settings, long requestId) =>
        settings.ChannelKey is { } channel ? new OutboxMessage(OutboxKinds.RequestCard, channel, null) { Subject = Subject(requestId) } : null;

    public async Task<ProactiveResult> ShowAsync(long requestId, Reply card, CancellationToken cancellationToken)
    {
        var channel = options.CurrentValue.ChannelKey;
        if (channel is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, LksOptions.Section + ":ChannelConversationKey");
        try
        {
            if (!await outbox.TryReplacePendingAsync(Kind, Subject(requestId), [card], cancellationToken))
                await outbox.EnqueueAsync(new OutboxMessage(Kind, channel, [card]) { Subject = Subject(requestId) }, cancellationToken);
            return new ProactiveResult(ProactiveStatus.Queued);
        }
        catch (Exception error) when (error is DbException or DbUpdateException)
        {
            logger.LogError(error, "Card of request {RequestId} could not be queued", requestId);
            return new ProactiveResult(ProactiveStatus.Failed, error.GetType().Name);
        }
    }

    public async Task<ProactiveResult> AnnounceAsync(Reply message, CancellationToken cancellationToken)
    {
        var channel = options.CurrentValue.ChannelKey;
        if (channel is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, LksOptions.Section + ":ChannelConversationKey");
        await outbox.EnqueueAsync(new OutboxMessage(OutboxKinds.Message, channel, [message]), cancellationToken);
        return new ProactiveResult(ProactiveStatus.Queued);
    }

    public async Task<ProactiveResult> DeliverAsync(OutboxRecord record, CancellationToken cancellationToken)
    {
        var requestId = long.Parse(record.Subject!, System.Globalization.CultureInfo.InvariantCulture);
        var card = record.Payload is { } payload ? OutboxWriter.Deserialize(payload)[0] : await RenderAsync(requestId, cancellationToken);
        if (card is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, "request " + requestId);
        return await PostAsync(requestId, record.TargetKey, card, cancellationToken);
    }

    private static string Subject(long requestId) => requestId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Resolved late: the store and the cards are built after the outbox handlers.
    private async Task<Reply?> RenderAsync(long requestId, CancellationToken cancellationToken) =>
        await services.GetRequiredService<EfRequestStore>().FindByIdAsync(requestId, cancellationToken) is { } request
            ? services.GetRequiredService<LksCards>().Card(request, away: await services.GetRequiredService<LksAbsences>().CurrentAsync(cancellationToken))
            : null;

    private async Task<ProactiveResult> PostAsync(long requestId, string channel, Reply card, CancellationToken cancellationToken)
    {
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

    private Task<ConversationReference?> ReferenceAsync(string channelKey, CancellationToken cancellationToken) =>
        references.FindAsync(channelKey, cancellationToken);

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
