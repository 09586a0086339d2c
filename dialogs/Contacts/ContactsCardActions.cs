using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Contacts;

/// <summary>A contact's name on a list: shows the contact with the directory <see cref="Id"/> as a card.</summary>
public sealed record ShowContact(string Id) : ICardAction<ShowContact>
{
    public static string Verb => "contacts.card";
    public const string IdKey = "id";
    public const int MaxIdLength = 200;

    public static ShowContact? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, IdKey, MaxIdLength) is { } id ? new ShowContact(id) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [IdKey] = Id };
}

/// <summary>"Which place did you mean": the chosen place (<see cref="PlaceId"/>), what was asked (<see cref="Intent"/>) and the topic, if any.</summary>
public sealed record ChoosePlace(string PlaceId, ContactIntent Intent, string? TopicId = null) : ICardAction<ChoosePlace>
{
    public static string Verb => "contacts.place";
    public const string PlaceKey = "place";
    public const string IntentKey = "intent";

    /// <summary>The directory topic a contacts button is about (also on <see cref="ShowPeers"/> and <see cref="ShowLksContact"/>).</summary>
    public const string TopicKey = "topic";

    public const int MaxIdLength = 200;

    public static ChoosePlace? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, PlaceKey, MaxIdLength) is { } place
        && Enum.TryParse<ContactIntent>(CardActions.Text(values, IntentKey, MaxIdLength), out var intent) && Enum.IsDefined(intent)
        && ContactsTopic.TryRead(values, out var topic)
            ? new ChoosePlace(place, intent, topic)
            : null;

    public IReadOnlyDictionary<string, string> Data
    {
        get
        {
            var data = new Dictionary<string, string> { [PlaceKey] = PlaceId, [IntentKey] = Intent.ToString() };
            if (TopicId is not null) data[TopicKey] = TopicId;
            return data;
        }
    }
}

/// <summary>"Peers for this topic": offices working on <see cref="TopicId"/>, nearest to the asker's profile first.</summary>
public sealed record ShowPeers(string? TopicId) : ICardAction<ShowPeers>
{
    public static string Verb => "contacts.peers";

    public static ShowPeers? Bind(IReadOnlyDictionary<string, string> values) =>
        ContactsTopic.TryRead(values, out var topic) ? new ShowPeers(topic) : null;

    public IReadOnlyDictionary<string, string> Data => ContactsTopic.Data(TopicId);
}

/// <summary>"LKS: topic": who at the LKS handles <see cref="TopicId"/> (the whole team without one).</summary>
public sealed record ShowLksContact(string? TopicId) : ICardAction<ShowLksContact>
{
    public static string Verb => "contacts.lks";

    public static ShowLksContact? Bind(IReadOnlyDictionary<string, string> values) =>
        ContactsTopic.TryRead(values, out var topic) ? new ShowLksContact(topic) : null;

    public IReadOnlyDictionary<string, string> Data => ContactsTopic.Data(TopicId);
}

/// <summary>The optional topic every contacts button may carry.</summary>
internal static class ContactsTopic
{
    /// <summary>False for a damaged card (a topic that is blank or too long); <paramref name="topicId"/> is null when there is none.</summary>
    public static bool TryRead(IReadOnlyDictionary<string, string> values, out string? topicId)
    {
        var invalid = false;
        topicId = CardActions.Optional(values, ChoosePlace.TopicKey, ChoosePlace.MaxIdLength, ref invalid);
        return !invalid;
    }

    public static IReadOnlyDictionary<string, string> Data(string? topicId) =>
        topicId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [ChoosePlace.TopicKey] = topicId };
}
