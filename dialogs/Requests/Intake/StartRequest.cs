using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>
/// „Unterstützung anfragen“: opens the intake form. A button from another feature may say what it is about
/// (<see cref="Topic"/>, for example an onboarding step, and a readable <see cref="Context"/>); the form opens the same either way.
/// </summary>
public sealed record StartRequest(string? Topic = null, string? Context = null) : ICardAction<StartRequest>
{
    public static string Verb => "requests.start";
    public const string TopicKey = "topic";
    public const string ContextKey = "context";
    public const int MaxLength = 500;

    public static StartRequest? Bind(IReadOnlyDictionary<string, string> values)
    {
        var invalid = false;
        var topic = CardActions.Optional(values, TopicKey, MaxLength, ref invalid);
        var context = CardActions.Optional(values, ContextKey, MaxLength, ref invalid);
        return invalid ? null : new StartRequest(topic, context);
    }

    public IReadOnlyDictionary<string, string> Data
    {
        get
        {
            var data = new Dictionary<string, string>();
            if (Topic is not null) data[TopicKey] = Topic;
            if (Context is not null) data[ContextKey] = Context;
            return data;
        }
    }
}
