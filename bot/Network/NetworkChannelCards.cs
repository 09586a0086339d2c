using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Network;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;
using NrwBot.Host.Proactive;

namespace NrwBot.Host.Network;

/// <summary>
/// The network feature's way out, all through the outbox: the question's card in the network channel (first posted,
/// its message id kept on the question — the root of the thread whose replies are answers — then replaced in place)
/// and single messages. A new question's card row is written by the store in the question's transaction without a
/// card (<see cref="Queue"/>) and rendered here from the stored question when delivered; later states put their
/// rendered card into the row still waiting. Every row has a dedup key or replaces the one still waiting, so a
/// repeated turn queues nothing twice.
/// </summary>
public sealed class NetworkChannelCards(
    ProactiveMessenger sender,
    ChannelReferences references,
    OutboxWriter outbox,
    OutboxStatus status,
    INetworkStore store,
    IDbContextFactory<NrwBotDbContext> contexts,
    NetworkOptions options,
    ILogger<NetworkChannelCards> logger) : INetworkOutbound, IOutboxHandler
{
    public const string CardKind = "network-card";

    public string Kind => CardKind;

    /// <summary>The outbox row for a new question's card, to be added in the question's transaction; null without a network channel.</summary>
    public static OutboxMessage? Queue(NetworkOptions settings, long questionId) =>
        settings.ChannelKey is { } channel
            ? new OutboxMessage(CardKind, channel, null) { Subject = NetworkSubjects.OfQuestion(questionId), RenderedOnDelivery = true }
            : null;

    public async Task<bool> ShowCardAsync(NetworkQuestion question, Reply card, CancellationToken cancellationToken)
    {
        if (options.ChannelKey is not { } channel) return false;
        var subject = Subject(question);
        if (!await outbox.TryReplacePendingAsync(Kind, subject, [card], cancellationToken))
            await outbox.EnqueueAsync(new OutboxMessage(Kind, channel, [card]) { Subject = subject }, cancellationToken);
        return true;
    }

    public async Task SendAsync(string userKey, Reply reply, string subject, string dedupKey, CancellationToken cancellationToken) =>
        await outbox.EnqueueAsync(new OutboxMessage(OutboxKinds.Message, userKey, [reply]) { Subject = subject, DedupKey = dedupKey }, cancellationToken);

    public async Task<string?> ProgressAsync(string batchId, CancellationToken cancellationToken)
    {
        var progress = await status.ProgressAsync(batchId, cancellationToken);
        return progress.Total == 0 ? null : progress.Line;
    }

    public async Task ForgetAsync(IReadOnlyCollection<string> subjects, CancellationToken cancellationToken)
    {
        if (subjects.Count == 0) return;
        var list = subjects.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<OutboxRecord>().Where(record => record.Subject != null && list.Contains(record.Subject) && record.State == OutboxRecord.Pending)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Posts the card, or replaces the one posted before (posted again when Teams lost it).</summary>
    public async Task<ProactiveResult> DeliverAsync(OutboxRecord record, CancellationToken cancellationToken)
    {
        if (QuestionId(record.Subject) is not { } questionId) return new ProactiveResult(ProactiveStatus.UnknownTarget, record.Subject);
        try
        {
            if (await RenderAsync(record, cancellationToken) is not { } card) return new ProactiveResult(ProactiveStatus.UnknownTarget, record.Subject);
            var reference = await references.FindAsync(record.TargetKey, cancellationToken);
            if (reference is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, record.TargetKey);
            if (await store.CardOfAsync(questionId, cancellationToken) is { } posted)
            {
                var replaced = await sender.PostCardAsync(record.TargetKey, reference, card, posted, cancellationToken);
                if (replaced.Result.Status != ProactiveStatus.Refused) return replaced.Result;
            }
            var sent = await sender.PostCardAsync(record.TargetKey, reference, card, null, cancellationToken);
            if (sent.ActivityId is { } activityId) await store.RememberCardAsync(questionId, activityId, cancellationToken);
            return sent.Result;
        }
        catch (Exception error) when (error is DbException or DbUpdateException or NetworkStoreException)
        {
            logger.LogError(error, "Network card {Subject} could not be recorded", record.Subject);
            return new ProactiveResult(ProactiveStatus.Failed, error.GetType().Name);
        }
    }

    /// <summary>The card a row shows: the one a later state put in, or else the stored question's; null when there is no such question.</summary>
    public async Task<Reply?> RenderAsync(OutboxRecord record, CancellationToken cancellationToken) =>
        record.Payload is { } payload ? OutboxWriter.Deserialize(payload)[0]
        : QuestionId(record.Subject) is { } id && await store.FindAsync(id, cancellationToken) is { } question ? NetworkCards.Channel(question)
        : null;

    private static string Subject(NetworkQuestion question) => NetworkSubjects.Of(question);

    internal static long? QuestionId(string? subject) =>
        subject is not null && subject.StartsWith("network:N", StringComparison.Ordinal)
            && long.TryParse(subject["network:N".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
