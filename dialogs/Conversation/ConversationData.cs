using NrwBot.Dialogs.Flows;

namespace NrwBot.Dialogs.Conversation;

/// <summary>What the bot remembers about one conversation (kept in the Bot Framework's ConversationState).</summary>
public sealed class ConversationData
{
    public FlowState? ActiveFlow { get; set; }

    /// <summary>The buttons of the last turn on a text channel, so that "2" can stand for the second one.</summary>
    public List<PendingChoice> PendingChoices { get; set; } = [];

    public bool WelcomeSent { get; set; }
}

public sealed record PendingChoice(string Label, string Verb, Dictionary<string, string>? Data);
