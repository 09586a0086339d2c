namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// One message of the bot, independent of the channel. The host renders it as an Adaptive Card where the
/// channel has cards, and as Markdown text with numbered choices where it has not, so a feature writes its
/// reply once.
/// </summary>
public sealed record Reply
{
    public string? Title { get; init; }

    /// <summary>Markdown. Text that came from a user must pass through <see cref="SafeText.Escape"/> first.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<ReplyFact> Facts { get; init; } = [];

    /// <summary>Buttons that send a verb back to the bot (numbered choices on text channels).</summary>
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];

    /// <summary>Buttons that open a web address (mailto:, tel: and Teams deep links included).</summary>
    public IReadOnlyList<ReplyLink> Links { get; init; } = [];

    /// <summary>A form; on text channels a flow asks its fields one by one instead.</summary>
    public ReplyForm? Form { get; init; }

    /// <summary>Small print under the message, such as "Beispielinhalt" or a data protection hint.</summary>
    public string? Note { get; init; }

    /// <summary>A picture shown in the card, as a data: or https: address.</summary>
    public string? ImageUrl { get; init; }

    public static Reply Plain(string text) => new() { Text = text };
}

public sealed record ReplyFact(string Label, string Value);

public sealed record ReplyLink(string Label, string Url);

/// <summary>A button that posts <see cref="Verb"/> (and <see cref="Data"/>) back to the bot.</summary>
public sealed record ReplyAction(string Label, string Verb, IReadOnlyDictionary<string, string>? Data = null)
{
    /// <summary>What a user may type on a text channel instead of clicking (besides the number).</summary>
    public string? TypedCommand { get; init; }
}
