using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>„Frage an die LKS weitergeben“: starts the intake with the user's <see cref="Question"/> as the description.</summary>
public sealed record RequestFromQuestion(string Question) : ICardAction<RequestFromQuestion>
{
    public static string Verb => "requests.fromquestion";
    public const string QuestionKey = "question";

    /// <summary>The longest message the bot takes by default (Bot:MaxTextLength); the form then asks to shorten a longer description.</summary>
    public const int MaxLength = 4000;

    public static RequestFromQuestion? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, QuestionKey, MaxLength) is { } question ? new RequestFromQuestion(question) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [QuestionKey] = Question };
}
