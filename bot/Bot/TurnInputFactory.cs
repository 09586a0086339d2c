using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Rendering;

namespace NrwBot.Host.Bot;

/// <summary>Translates a Bot Framework activity into the channel-neutral <see cref="TurnInput"/> the features see.</summary>
public static class TurnInputFactory
{
    public static TurnInput Create(IActivity activity, string text)
    {
        var (verb, values) = ReadSubmit((activity as IMessageActivity)?.Value);
        return new TurnInput
        {
            Text = text.Trim(),
            Verb = verb,
            Values = values,
            User = UserOf(activity),
            ChannelId = activity.ChannelId ?? "",
            ConversationKind = KindOf(activity),
            ConversationId = ThreadOf(activity.Conversation?.Id),
            ThreadRootId = ThreadRootOf(activity.Conversation?.Id),
            TeamId = TeamOf(activity),
            ChannelHasCards = ChannelCapabilities.HasCards(activity.ChannelId),
            ActivityId = activity.Id,
            PrefersEnglish = text.Length > 0 && LanguageHint.IsEnglish(text),
            Attachments = AttachmentsOf(activity),
        };
    }

    /// <summary>The message's attachments (content type, address, name; for a Teams file its download address and type, which live only in this turn).</summary>
    private static IReadOnlyList<TurnAttachment> AttachmentsOf(IActivity activity) =>
        (activity as IMessageActivity)?.Attachments?.Where(attachment => attachment?.ContentType is { Length: > 0 })
            .Select(attachment => new TurnAttachment(attachment.ContentType, attachment.ContentUrl, attachment.Name,
                ContentString(attachment.Content, "downloadUrl"), ContentString(attachment.Content, "fileType")))
            .ToList() ?? [];

    /// <summary>A string property of an attachment's content (Teams' file download info); null when it is missing or not a string.</summary>
    private static string? ContentString(object? content, string name)
    {
        var token = content switch
        {
            JObject json => json[name],
            null or string => null,
            _ => TryFromObject(content)?[name],
        };
        return token is { Type: JTokenType.String } ? token.ToString() : null;
    }

    private static JObject? TryFromObject(object content)
    {
        try
        {
            return JObject.FromObject(content);
        }
        catch (Exception error) when (error is Newtonsoft.Json.JsonException or ArgumentException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>
    /// The one place that decides who wrote an activity. Only Teams vouches for from.id ("29:…") and aadObjectId;
    /// on every other channel the client chooses them, so the Entra id is dropped and the identity is bound to the
    /// channel (<see cref="ConversationKeys.IdentityOf"/>).
    /// </summary>
    public static UserRef UserOf(IActivity activity)
    {
        var channel = activity.ChannelId ?? "";
        var id = activity.From?.Id ?? "";
        var name = activity.From?.Name ?? "";
        var aad = activity.From?.AadObjectId;
        return channel == Channels.Msteams
            ? new UserRef(id, name, string.IsNullOrWhiteSpace(aad) ? null : aad, channel)
            : new UserRef(id, name, null, channel);
    }

    /// <summary>
    /// Personal only when the channel says so: a missing or unknown conversationType is <see cref="ConversationKind.Unknown"/>
    /// (never personal), and isGroup wins over a "personal" that contradicts it.
    /// </summary>
    public static ConversationKind KindOf(IActivity activity) => (activity.Conversation?.ConversationType, activity.Conversation?.IsGroup) switch
    {
        ("channel", _) => ConversationKind.Channel,
        ("groupChat", _) => ConversationKind.GroupChat,
        (_, true) => ConversationKind.GroupChat,
        ("personal", _) => ConversationKind.Personal,
        _ => ConversationKind.Unknown,
    };

    /// <summary>Channels and group chats: several people read along, so the bot speaks only when @mentioned.</summary>
    public static bool IsShared(ConversationKind kind) => kind is ConversationKind.Channel or ConversationKind.GroupChat;

    /// <summary>The text the user addressed to the bot: in channels and group chats without the @mention.</summary>
    public static string TextOf(IMessageActivity activity) =>
        activity.Text is null ? "" // a card submit, or a message without text (the SDK's mention removal throws on it)
        : KindOf(activity) == ConversationKind.Personal ? activity.Text : WithoutBotMention(activity);

    /// <summary>A Teams channel thread is "19:…@thread.tacv2;messageid=…"; the channel is the part before the ';'.</summary>
    public static string ThreadOf(string? conversationId) =>
        conversationId is null ? "" : conversationId.Split(';', 2)[0];

    /// <summary>The thread's first message in "19:…@thread.tacv2;messageid=…" (null without a thread).</summary>
    public static string? ThreadRootOf(string? conversationId)
    {
        const string marker = ";messageid=";
        var at = conversationId?.IndexOf(marker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at < 0) return null;
        var root = conversationId![(at + marker.Length)..].Split(';', 2)[0].Trim();
        return root.Length > 0 ? root : null;
    }

    /// <summary>The Teams team of the conversation (channelData.team.id); null elsewhere, where a client could claim any team.</summary>
    public static string? TeamOf(IActivity activity)
    {
        if (activity.ChannelId != Channels.Msteams || activity.ChannelData is null) return null;
        try
        {
            return Microsoft.Bot.Builder.Teams.TeamsActivityExtensions.TeamsGetTeamInfo(activity)?.Id;
        }
        catch (Exception error) when (error is Newtonsoft.Json.JsonException or ArgumentException or InvalidCastException)
        {
            return null;
        }
    }

    public static bool MentionsBot(IMessageActivity activity) =>
        Mentions(activity).Any(mention => mention.Mentioned?.Id == activity.Recipient?.Id);

    /// <summary>The text without the bot's @mention (what the SDK's RemoveRecipientMention does, over readable mentions only).</summary>
    private static string WithoutBotMention(IMessageActivity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in Mentions(activity).Where(mention => mention.Mentioned?.Id == activity.Recipient?.Id && !string.IsNullOrEmpty(mention.Text)))
            text = text.Replace(mention.Text, "", StringComparison.OrdinalIgnoreCase);
        return text.Trim();
    }

    /// <summary>
    /// The activity's mention entities that can be read. The SDK's GetMentions throws on the first malformed one
    /// (a client may send any JSON in an entity, e.g. an object as "mentioned.name"); such an entity is skipped.
    /// </summary>
    private static IEnumerable<Mention> Mentions(IMessageActivity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)) continue;
            Mention? mention;
            try
            {
                mention = entity.GetAs<Mention>();
            }
            catch (Exception error) when (error is Newtonsoft.Json.JsonException or ArgumentException or InvalidCastException)
            {
                continue;
            }
            if (mention is not null) yield return mention;
        }
    }

    /// <summary>Card submits carry {"verb": …, inputs…}; every other value is read as text.</summary>
    private static (string? Verb, IReadOnlyDictionary<string, string> Values) ReadSubmit(object? value)
    {
        var values = new Dictionary<string, string>();
        if (value is not JObject data) return (null, values);
        foreach (var property in data.Properties())
        {
            if (property.Value.Type is JTokenType.Object or JTokenType.Array or JTokenType.Null) continue;
            values[property.Name] = property.Value.ToString();
        }
        var verb = values.Remove(Rendering.AdaptiveCardWriter.VerbKey, out var submitted) ? submitted : null;
        return (verb, values);
    }

    /// <summary>The verb a card sent (null for typed text).</summary>
    public static string? VerbOf(IMessageActivity activity) => ReadSubmit(activity.Value).Verb;

    /// <summary>The length of the longest value a card sent (0 without a card), checked against the same limit as typed text.</summary>
    public static int LongestValue(IMessageActivity activity) =>
        ReadSubmit(activity.Value).Values.Values.Select(value => value.Length).DefaultIfEmpty(0).Max();
}
