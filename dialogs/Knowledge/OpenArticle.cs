using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>„Artikel öffnen“: the article <see cref="Id"/>, and the logged question it answers (<see cref="QuestionId"/>) when there is one.</summary>
public sealed record OpenArticle(string Id, string? QuestionId = null) : ICardAction<OpenArticle>
{
    public static string Verb => "kb.open";
    public const string IdKey = "id";

    /// <summary>The log entry of the question a button belongs to (also on 👍 / 👎).</summary>
    public const string QuestionIdKey = "qid";

    public const int MaxIdLength = 200;

    public static OpenArticle? Bind(IReadOnlyDictionary<string, string> values)
    {
        var invalid = false;
        var questionId = CardActions.Optional(values, QuestionIdKey, MaxIdLength, ref invalid);
        return CardActions.Text(values, IdKey, MaxIdLength) is { } id && !invalid ? new OpenArticle(id, questionId) : null;
    }

    public IReadOnlyDictionary<string, string> Data => QuestionId is null
        ? new Dictionary<string, string> { [IdKey] = Id }
        : new Dictionary<string, string> { [IdKey] = Id, [QuestionIdKey] = QuestionId };
}
