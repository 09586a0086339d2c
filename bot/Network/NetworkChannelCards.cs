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
/// its message id kept on the question — the root of the thread whose replies are answers — then replaced in place),
/// the question to the chosen colleagues as one batch, and single messages. Every row has a dedup key or replaces the
/// one still waiting, so a repeated turn queues nothing twice.
/// </summary>
public sealed class NetworkChannelCards(
    ProactiveMessenger sender,
    ConversationStore conversations,
    OutboxWriter outbox,
    OutboxStatus status,
    INetworkStore store,
    IDbContextFactory<NrwBotDbContext> contexts,
    NetworkOptions options,
    ILogger<NetworkChannelCards> logger) : INetworkOutbound, IOutboxHandler
{
    public const string CardKind = "network-card";

    public string Kind => CardKind;

    private string? ChannelKey => options.ChannelConversationId is { } channel ? ConversationKeys.ForConversation(channel) : null;

    public async Task<bool> ShowCardAsync(NetworkQuestion question, Reply card, CancellationToken cancellationToken)
    {
        if (ChannelKey is not { } channel) return false;
        var subject = Subject(question);
        if (!await outbox.TryReplacePendingAsync(Kind, subject, [card], cancellationToken))
            await outbox.EnqueueAsync(new OutboxMessage(Kind, channel, [card]) { Subject = subject }, cancellationToken);
        return true;
    }

    public async Task<string> SendBatchAsync(NetworkQuestion question, IReadOnlyList<(string UserKey, Reply Card)> messages, CancellationToken cancellationToken)
    {
        var batch = "network-" + question.Number;
        await outbox.EnqueueManyAsync(messages.Select(message => new OutboxMessage(OutboxKinds.Message, message.UserKey, [message.Card])
        {
            Subject = NetworkSubjects.Of(question),
            DedupKey = NetworkSubjects.Of(question) + ":to:" + message.UserKey,
            BatchId = batch,
        }).ToList(), cancellationToken);
        return batch;
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
        if (record.Payload is null || QuestionId(record.Subject) is not { } questionId) return new ProactiveResult(ProactiveStatus.Failed, "no payload");
        var card = OutboxWriter.Deserialize(record.Payload)[0];
        try
        {
            var reference = await ChannelReferences.FindAsync(conversations, record.TargetKey, options.TeamId, cancellationToken);
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

    private static string Subject(NetworkQuestion question) => NetworkSubjects.Of(question);

    private static long? QuestionId(string? subject) =>
        subject is not null && subject.StartsWith("network:N", StringComparison.Ordinal)
            && long.TryParse(subject["network:N".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
