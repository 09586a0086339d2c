using Microsoft.Bot.Builder;
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
            ChannelHasCards = ChannelCapabilities.HasCards(activity.ChannelId),
            ActivityId = activity.Id,
            PrefersEnglish = text.Length > 0 && LanguageHint.IsEnglish(text),
        };
    }

    public static UserRef UserOf(IActivity activity) => new(activity.From?.Id ?? "", activity.From?.Name ?? "", activity.From?.AadObjectId);

    public static ConversationKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    /// <summary>The text the user addressed to the bot: in channels and group chats without the @mention.</summary>
    public static string TextOf(IMessageActivity activity) =>
        KindOf(activity) == ConversationKind.Personal ? activity.Text ?? "" : activity.RemoveRecipientMention() ?? "";

    public static bool MentionsBot(IMessageActivity activity) =>
        activity.GetMentions().Any(mention => mention.Mentioned?.Id == activity.Recipient?.Id);

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
}
