using NrwBot.Dialogs.Flows;

namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// What the bot remembers about one user in one conversation: the running flow and the last buttons. Kept per
/// user (the Bot Framework's PrivateConversationState), so that in a channel one person's flow never swallows
/// another person's message.
/// </summary>
public sealed class ConversationData
{
    public FlowState? ActiveFlow { get; set; }

    /// <summary>The buttons of the last turn on a text channel, so that "2" can stand for the second one.</summary>
    public List<PendingChoice> PendingChoices { get; set; } = [];
}

public sealed record PendingChoice(string Label, string Verb, Dictionary<string, string>? Data);
