namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// One turn as a feature sees it: what the user did, the conversation's and the user's remembered data
/// (saved by the host once at the end of the turn), and the replies to send.
/// </summary>
public sealed class FeatureTurn(TurnInput input, ConversationData conversation, UserData user, TimeProvider clock)
{
    private readonly List<Reply> _replies = [];

    public TurnInput Input { get; private set; } = input;
    public ConversationData Conversation { get; } = conversation;
    public UserData User { get; } = user;
    public TimeProvider Clock { get; } = clock;
    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>
    /// Set by "Meine Daten löschen": the host deletes what it remembers for this user and this personal chat
    /// (<see cref="Conversation"/>, <see cref="User"/>, the chat's own state) instead of saving it at the end of the turn.
    /// </summary>
    public bool UserForgotten { get; private set; }

    public void ForgetUser() => UserForgotten = true;

    public void Send(Reply reply) => _replies.Add(reply);

    public void Send(string markdown) => _replies.Add(Reply.Plain(markdown));

    /// <summary>Replaces the input, when the router turns "2" or a button's label into that button's verb.</summary>
    internal void Rewrite(TurnInput input) => Input = input;

    public DateTimeOffset Now => Clock.GetUtcNow();
}
