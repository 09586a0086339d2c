namespace NrwBot.Dialogs.Conversation;

public enum ConversationKind { Personal, Channel, GroupChat }

/// <summary>
/// What the user did in this turn, translated by the host from the channel's activity: the text with any
/// @mention removed, or the verb and values of a card button or form.
/// </summary>
public sealed record TurnInput
{
    public string Text { get; init; } = "";
    public string? Verb { get; init; }
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
    public required UserRef User { get; init; }
    public string ChannelId { get; init; } = "msteams";
    public ConversationKind ConversationKind { get; init; } = ConversationKind.Personal;
    public bool ChannelHasCards { get; init; } = true;
    public string? ActivityId { get; init; }

    /// <summary>Set when the turn is not a message but an event (the bot was installed); Text and Verb are then empty.</summary>
    public TurnEvent? Event { get; init; }

    /// <summary>What the channel's roster says about the user (Teams, on install); null elsewhere.</summary>
    public RosterEntry? Roster { get; init; }

    /// <summary>True when the user wrote English (locale or text), so replies that have an English form use it.</summary>
    public bool PrefersEnglish { get; init; }

    public string? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;
}

/// <summary>The person in the conversation. <see cref="Id"/> is the channel's user id, <see cref="AadObjectId"/> the Entra id in Teams.</summary>
public sealed record UserRef(string Id, string Name, string? AadObjectId = null)
{
    public string FirstName => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .FirstOrDefault(part => !part.EndsWith(',')) ?? Name;
}
