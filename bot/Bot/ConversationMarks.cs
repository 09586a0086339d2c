namespace NrwBot.Host.Bot;

/// <summary>What the bot remembers about a conversation as a whole (ConversationState): whether it greeted it.</summary>
public sealed class ConversationMarks
{
    public bool WelcomeSent { get; set; }
}
