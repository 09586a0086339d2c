namespace NrwBot.Dialogs.Conversation;

/// <summary>What happened in a turn that is not a message: the host translates channel events into these.</summary>
public enum TurnEvent
{
    /// <summary>The bot was added to a conversation (installed in a personal chat, a team or a group chat) for the first time.</summary>
    Installed,
}
