namespace NrwBot.Dialogs.Conversation;

/// <summary>The keys under which conversations are remembered for proactive messages.</summary>
public static class ConversationKeys
{
    /// <summary>The Entra object id where Teams gives one (stable across chats), else the channel's user id.</summary>
    public static string ForUser(UserRef user) => "user:" + (user.AadObjectId ?? user.Id);

    public static string ForConversation(string conversationId) => "conversation:" + conversationId;
}
