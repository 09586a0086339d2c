namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// Where the turn happens. <see cref="Unknown"/>: the channel did not say (Web Chat and Direct Line send no
/// conversationType); it is never treated as personal, so personal data and LKS views stay out of it.
/// </summary>
public enum ConversationKind { Personal, Channel, GroupChat, Unknown }

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

    /// <summary>The conversation's id without Teams' ";messageid=…" suffix of a reply thread.</summary>
    public string ConversationId { get; init; } = "";

    /// <summary>In a Teams channel thread, the id of the thread's first message (Teams' ";messageid=…" suffix); null elsewhere.</summary>
    public string? ThreadRootId { get; init; }

    /// <summary>The Teams team the conversation belongs to (channelData.team.id), only on msteams, where Teams sets it.</summary>
    public string? TeamId { get; init; }
    public bool ChannelHasCards { get; init; } = true;
    public string? ActivityId { get; init; }

    /// <summary>Set when the turn is not a message but an event (the bot was installed); Text and Verb are then empty.</summary>
    public TurnEvent? Event { get; init; }

    /// <summary>What the channel's roster says about the user (Teams, on install); null elsewhere.</summary>
    public RosterEntry? Roster { get; init; }

    /// <summary>True when the user wrote English (locale or text), so replies that have an English form use it.</summary>
    public bool PrefersEnglish { get; init; }

    /// <summary>What the message carried besides text (files attached in Teams); empty for most turns.</summary>
    public IReadOnlyList<TurnAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The attachments that are something the user sent (a file, an image), not the HTML copy of the message text Teams
    /// adds to formatted messages. The router dispatches on them: to the running flow that takes files, else to the file route.
    /// </summary>
    public IReadOnlyList<TurnAttachment> Files => Attachments.Where(attachment => attachment.ContentType != TurnAttachment.HtmlCopy).ToList();

    public bool HasFiles => Attachments.Any(attachment => attachment.ContentType != TurnAttachment.HtmlCopy);

    public string? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;
}

/// <summary>
/// The person in the conversation. <see cref="Id"/> is the channel's user id, <see cref="AadObjectId"/> the Entra
/// id, which only Teams vouches for: the host's TurnInputFactory leaves it empty on every other channel, where the
/// client chooses from.id and aadObjectId itself. <see cref="ChannelId"/> binds the identity to its channel.
/// </summary>
public sealed record UserRef(string Id, string Name, string? AadObjectId = null, string ChannelId = UserRef.Teams)
{
    public const string Teams = "msteams";

    /// <summary>True when the identity comes from Teams, the only channel whose ids may name a person across chats or the LKS.</summary>
    public bool IsTeams => ChannelId == Teams;

    public string FirstName => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .FirstOrDefault(part => !part.EndsWith(',')) ?? Name;
}

/// <summary>
/// A file or other attachment of a message, as the channel sent it. Teams (a file from the personal chat): content type
/// „file download info“, <see cref="ContentUrl"/> the file in the user's OneDrive, <see cref="DownloadUrl"/> the short-lived
/// pre-authenticated address of its bytes (content.downloadUrl) and <see cref="FileType"/> its extension. Web Chat and the
/// Emulator: the file's own content type and <see cref="ContentUrl"/>. The download address is read within the turn and
/// never stored.
/// </summary>
public sealed record TurnAttachment(string ContentType, string? ContentUrl, string? Name, string? DownloadUrl = null, string? FileType = null)
{
    /// <summary>The content type of the HTML copy of a formatted message that Teams attaches; no file.</summary>
    public const string HtmlCopy = "text/html";

    /// <summary>The content type Teams gives a file a user attached in the personal chat („file download info“).</summary>
    public const string TeamsFile = "application/vnd.microsoft.teams.file.download.info";
}
