using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>„Was hat gefehlt?“ under a 👎: the asker's comment on the logged question (<see cref="QuestionId"/>); only the asker's own entry takes it.</summary>
public sealed record FeedbackComment(string QuestionId, string Comment) : ICardAction<FeedbackComment>
{
    public static string Verb => "kb.down.comment";
    public const string CommentKey = "comment";
    public const int MaxCommentLength = 500;

    public static FeedbackComment? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, OpenArticle.QuestionIdKey, OpenArticle.MaxIdLength) is { } id && CardActions.Text(values, CommentKey, MaxCommentLength) is { } comment
            ? new FeedbackComment(id, comment.Trim()) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [OpenArticle.QuestionIdKey] = QuestionId, [CommentKey] = Comment };
}
