using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Bot;
using NrwBot.Host.Data;

namespace NrwBot.Host.Proactive;

/// <summary>
/// Remembers every conversation the bot sees (its ConversationReference) in the database, so proactive
/// messages survive restarts and work from any instance. Writes only when something changed.
/// </summary>
public sealed class ConversationStore(IDbContextFactory<NrwBotDbContext> contexts, TimeProvider clock)
{
    // key → service URL last written; saves a database write on every turn of a known conversation.
    private readonly ConcurrentDictionary<string, string> _known = new();

    public async Task RememberAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is null || activity.ServiceUrl is null) return;
        var key = KeyOf(activity);
        if (_known.TryGetValue(key, out var serviceUrl) && serviceUrl == activity.ServiceUrl) return;

        var record = ToRecord(key, activity);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Conversations.FindAsync([key], cancellationToken);
        // A key is bound to its channel (user keys by ConversationKeys, conversation ids by the channel that made
        // them): an activity from another channel that claims the same conversation id never re-points it.
        if (existing is { ChannelId: not null } && existing.ChannelId != record.ChannelId) return;
        if (existing is null) db.Conversations.Add(record);
        else db.Entry(existing).CurrentValues.SetValues(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first turns of one conversation at once: the other one stored it.
        }
        _known[key] = activity.ServiceUrl;
    }

    public async Task<ConversationReference?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(conversation => conversation.Key == key, cancellationToken);
        return record is null ? null : JsonConvert.DeserializeObject<ConversationReference>(record.Reference);
    }

    /// <summary>Removes a conversation's address ("Meine Daten löschen" for a personal chat); the next turn stores it anew.</summary>
    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Conversations.Where(conversation => conversation.Key == key).ExecuteDeleteAsync(cancellationToken);
        _known.TryRemove(key, out _);
    }

    public async Task RecordFailureAsync(string key, int status, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Conversations.Where(conversation => conversation.Key == key)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(conversation => conversation.LastFailureStatus, status)
                .SetProperty(conversation => conversation.LastFailureAt, now), cancellationToken);
        _known.TryRemove(key, out _);
    }

    public static string KeyOf(IActivity activity) =>
        TurnInputFactory.KindOf(activity) == ConversationKind.Personal
            ? ConversationKeys.ForUser(TurnInputFactory.UserOf(activity))
            : ConversationKeys.ForConversation(activity.Conversation.Id);

    /// <summary>
    /// Only what a proactive message needs: channel, service URL, the conversation (id, type, tenant), the bot's id
    /// and, in a personal chat, the user's id. No display names, and in channels and group chats nobody who wrote there.
    /// </summary>
    private static ConversationReference Minimal(ConversationReference reference, bool personal) => new()
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Locale = reference.Locale,
        Bot = reference.Bot is { } bot ? new ChannelAccount(bot.Id) : null,
        User = personal && reference.User is { } user ? new ChannelAccount(user.Id) { AadObjectId = user.AadObjectId } : null,
        Conversation = reference.Conversation is { } conversation
            ? new ConversationAccount(conversation.IsGroup, conversation.ConversationType, conversation.Id, tenantId: conversation.TenantId)
            : null,
    };

    // For channels and group chats only the conversation is kept, not who happened to write in it.
    private ConversationRecord ToRecord(string key, IActivity activity)
    {
        var personal = key.StartsWith("user:", StringComparison.Ordinal);
        return new ConversationRecord
        {
            Key = key,
            ChannelId = activity.ChannelId,
            ConversationId = activity.Conversation.Id,
            TeamId = TurnInputFactory.TeamOf(activity),
            UserId = personal ? activity.From?.Id : null,
            AadObjectId = personal ? TurnInputFactory.UserOf(activity).AadObjectId : null,
            Reference = JsonConvert.SerializeObject(Minimal(activity.GetConversationReference(), personal)),
            UpdatedAt = clock.GetUtcNow(),
        };
    }
}
