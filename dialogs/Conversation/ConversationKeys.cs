namespace NrwBot.Dialogs.Conversation;

/// <summary>The keys under which users and conversations are known: the one place that turns a <see cref="UserRef"/> into a key.</summary>
public static class ConversationKeys
{
    /// <summary>
    /// In Teams the Entra object id (stable across chats), else the Teams user id. On every other channel the
    /// channel's user id prefixed with the channel: there the client chooses from.id, so a Web Chat user who
    /// claims an LKS member's object id gets a key of their own ("webchat:…") and nobody else's data.
    /// </summary>
    public static string IdentityOf(UserRef user) =>
        user.IsTeams ? user.AadObjectId ?? user.Id : user.ChannelId + ":" + user.Id;

    public static string ForUser(UserRef user) => "user:" + IdentityOf(user);

    public static string ForConversation(string conversationId) => "conversation:" + conversationId;
}
