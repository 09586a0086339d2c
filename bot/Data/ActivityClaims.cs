using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;

namespace NrwBot.Host.Data;

/// <summary>
/// The one idempotency mechanism for incoming activities: a turn claims (channel, conversation, activity id) before
/// it changes anything, and a redelivery of a claimed id does not run again but gets the first delivery's answer.
/// It covers every state-changing command, card submit and the question log alike, on every instance sharing the
/// database (the claim is a primary key). A turn that fails gives its claim back, so the channel's retry runs it.
/// Claims are kept for <see cref="Retention"/> (channels redeliver within minutes) and then removed. The claim and
/// the record of the answer go through <see cref="GroupCommit"/>: concurrent turns share a transaction.
/// </summary>
public sealed class ActivityClaims(IDbContextFactory<NrwBotDbContext> contexts, GroupCommit commits, TimeProvider clock, ILogger<ActivityClaims> logger)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private static readonly TimeSpan CleanUpEvery = TimeSpan.FromHours(1);
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    private long _lastCleanUpTicks = DateTimeOffset.MinValue.UtcTicks;

    public async Task<ActivityClaim> ClaimAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (KeyOf(activity) is not (var channel, var conversation, var id)) return ActivityClaim.Unclaimed;
        await CleanUpWhenDueAsync(cancellationToken);
        var claimedAt = clock.GetUtcNow().UtcDateTime;
        // The key decides (on every instance): one row, and any later delivery of the same id inserts nothing.
        var inserted = await commits.WriteAsync((db, token) => db.Database.ExecuteSqlAsync(
            $"""INSERT INTO processed_activities ("ChannelId", "ConversationId", "ActivityId", "ClaimedAt") VALUES ({channel}, {conversation}, {id}, {claimedAt}) ON CONFLICT DO NOTHING""",
            token), cancellationToken);
        if (inserted == 1) return ActivityClaim.Unclaimed;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var earlier = await Claims(db, channel, conversation, id).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        logger.LogInformation("Activity {ActivityId} in {ConversationId} was delivered again; not run twice", id, conversation);
        return new ActivityClaim(false, earlier?.Replies is { } replies ? JsonConvert.DeserializeObject<List<Activity>>(replies, Json) : null);
    }

    /// <summary>Records what the turn answered, for a redelivery to answer the same.</summary>
    public async Task CompleteAsync(IActivity activity, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (KeyOf(activity) is not (var channel, var conversation, var id)) return;
        var json = JsonConvert.SerializeObject(replies.Select(ContentOf).ToList(), Json);
        await commits.WriteAsync((db, token) => Claims(db, channel, conversation, id).ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Replies, json), token),
            cancellationToken);
    }

    /// <summary>Gives the claim back after a failed turn: nothing was confirmed, so the channel's retry must run.</summary>
    public async Task ReleaseAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (KeyOf(activity) is not (var channel, var conversation, var id)) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Claims(db, channel, conversation, id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Removes every claim of a conversation (its answers may quote the user): part of "Meine Daten löschen".</summary>
    public async Task ForgetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<ProcessedActivityRecord>().Where(row => row.ChannelId == channelId && row.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// What a reply said, without whom it went to: the addresses (recipient with the user's id and name, conversation,
    /// service URL) are set again from the redelivered activity when it is sent (TurnContext applies its reference),
    /// so a claim in a channel or group chat keeps nobody's name or id.
    /// </summary>
    private static Activity ContentOf(Activity reply) => new()
    {
        Type = reply.Type,
        Text = reply.Text,
        TextFormat = reply.TextFormat,
        Speak = reply.Speak,
        InputHint = reply.InputHint,
        Summary = reply.Summary,
        Attachments = reply.Attachments,
        AttachmentLayout = reply.AttachmentLayout,
        SuggestedActions = reply.SuggestedActions,
        Entities = reply.Entities?.Where(entity => entity.Type != "mention").ToList() is { Count: > 0 } entities ? entities : null,
        ChannelData = reply.ChannelData,
        Value = reply.Value,
        Name = reply.Name,
        Locale = reply.Locale,
    };

    private async Task CleanUpWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var last = Interlocked.Read(ref _lastCleanUpTicks);
        if (now.UtcTicks - last < CleanUpEvery.Ticks || Interlocked.CompareExchange(ref _lastCleanUpTicks, now.UtcTicks, last) != last) return;
        var before = (now - Retention).UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.Set<ProcessedActivityRecord>().Where(row => row.ClaimedAt < before).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0) logger.LogInformation("Removed {Count} activity claims older than {Retention}", removed, Retention);
    }

    private static IQueryable<ProcessedActivityRecord> Claims(NrwBotDbContext db, string channel, string conversation, string id) =>
        db.Set<ProcessedActivityRecord>().Where(row => row.ChannelId == channel && row.ConversationId == conversation && row.ActivityId == id);

    private static (string Channel, string Conversation, string Id)? KeyOf(IActivity activity) =>
        activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation, Id: { Length: > 0 } id } ? (channel, conversation, id) : null;
}
