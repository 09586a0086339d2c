using System.Globalization;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>„Als Formulierung zu „…“ hinzufügen“ under a question in Lernen: a draft adding the question to the article.</summary>
public sealed record LearnPhrasing(string ArticleId, string Phrasing) : ICardAction<LearnPhrasing>
{
    public const int MaxPhrasingLength = 500;
    public const string ArticleKey = "id";
    public const string PhrasingKey = "q";
    public static string Verb => "kb.learn.phrasing";

    public static LearnPhrasing? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, ArticleKey, OpenArticle.MaxIdLength) is { } id && CardActions.Text(values, PhrasingKey, MaxPhrasingLength) is { } phrasing
            ? new LearnPhrasing(id, phrasing) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [ArticleKey] = ArticleId, [PhrasingKey] = Phrasing };
}

/// <summary>„Anderer Artikel …“ under a question in Lernen: a search over all articles for the one the question belongs to.</summary>
public sealed record SearchArticleForPhrasing(string Phrasing) : ICardAction<SearchArticleForPhrasing>
{
    public static string Verb => "kb.learn.search";

    public static SearchArticleForPhrasing? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, LearnPhrasing.PhrasingKey, LearnPhrasing.MaxPhrasingLength) is { } phrasing ? new SearchArticleForPhrasing(phrasing) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [LearnPhrasing.PhrasingKey] = Phrasing };
}

/// <summary>The search form's submit: the question to place and what the LKS member searched for.</summary>
public sealed record FindArticleForPhrasing(string Phrasing, string Query) : ICardAction<FindArticleForPhrasing>
{
    public const string QueryKey = "search";
    public const int MaxQueryLength = 200;
    public static string Verb => "kb.learn.search.submit";

    public static FindArticleForPhrasing? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, LearnPhrasing.PhrasingKey, LearnPhrasing.MaxPhrasingLength) is { } phrasing && CardActions.Text(values, QueryKey, MaxQueryLength) is { } query
            ? new FindArticleForPhrasing(phrasing, query.Trim()) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [LearnPhrasing.PhrasingKey] = Phrasing, [QueryKey] = Query };
}

/// <summary>„Freigeben“ under a draft.</summary>
public sealed record ApproveDraft(long DraftId) : ICardAction<ApproveDraft>
{
    public static string Verb => "kb.draft.approve";

    public static ApproveDraft? Bind(IReadOnlyDictionary<string, string> values) => DraftKey.Read(values) is { } id ? new ApproveDraft(id) : null;

    public IReadOnlyDictionary<string, string> Data => DraftKey.Write(DraftId);
}

/// <summary>„Entwurf ansehen“ in the notice of a new draft (and „Entwurf 7“ typed): the draft as it is now, with Freigeben / Zurück.</summary>
public sealed record ShowDraft(long DraftId) : ICardAction<ShowDraft>
{
    public static string Verb => "kb.draft.show";

    public static ShowDraft? Bind(IReadOnlyDictionary<string, string> values) => DraftKey.Read(values) is { } id ? new ShowDraft(id) : null;

    public IReadOnlyDictionary<string, string> Data => DraftKey.Write(DraftId);
}

/// <summary>„Zurück mit Kommentar“: opens the comment form (cards) or says what to type (text channels).</summary>
public sealed record ReturnDraft(long DraftId) : ICardAction<ReturnDraft>
{
    public static string Verb => "kb.draft.return";

    public static ReturnDraft? Bind(IReadOnlyDictionary<string, string> values) => DraftKey.Read(values) is { } id ? new ReturnDraft(id) : null;

    public IReadOnlyDictionary<string, string> Data => DraftKey.Write(DraftId);
}

/// <summary>The comment form's submit: the draft and the comment.</summary>
public sealed record ReturnDraftWithComment(long DraftId, string Comment) : ICardAction<ReturnDraftWithComment>
{
    public const string CommentKey = "comment";
    public const int MaxCommentLength = 1000;
    public static string Verb => "kb.draft.return.submit";

    public static ReturnDraftWithComment? Bind(IReadOnlyDictionary<string, string> values) =>
        DraftKey.Read(values) is { } id && CardActions.Text(values, CommentKey, MaxCommentLength) is { } comment ? new ReturnDraftWithComment(id, comment) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>(DraftKey.Write(DraftId)) { [CommentKey] = Comment };
}

internal static class DraftKey
{
    public const string Key = "draft";

    public static long? Read(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, Key, 18) is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public static IReadOnlyDictionary<string, string> Write(long id) => new Dictionary<string, string> { [Key] = id.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>„Ist keine Frage für NrwBot“ under a question group in Lernen: every wording of the group, one per line.</summary>
public sealed record DismissQuestion(IReadOnlyList<string> Wordings) : ICardAction<DismissQuestion>
{
    public const int MaxLength = 4000;
    public const string WordingsKey = "q";
    public static string Verb => "kb.learn.dismiss";

    public static DismissQuestion? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, WordingsKey, MaxLength) is { } text
            ? new DismissQuestion(text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [WordingsKey] = string.Join('\n', Wordings) };
}

/// <summary>„Artikel ändern“ / „Mit aktueller Version neu beginnen“: the draft form filled with the article as published now.</summary>
public sealed record EditArticle(string ArticleId) : ICardAction<EditArticle>
{
    public const string ArticleKey = "id";
    public static string Verb => "kb.article.edit";

    public static EditArticle? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, ArticleKey, OpenArticle.MaxIdLength) is { } id ? new EditArticle(id) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [ArticleKey] = ArticleId };
}

/// <summary>„Als Wissensartikel vorschlagen“ after a request was closed with an answer: a draft from its (redacted) text and the answer.</summary>
public sealed record DraftArticleFromRequest(string RequestNumber) : ICardAction<DraftArticleFromRequest>
{
    public const string NumberKey = "request";
    public static string Verb => "kb.article.fromrequest";

    public static DraftArticleFromRequest? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, NumberKey, 20) is { } number ? new DraftArticleFromRequest(number) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [NumberKey] = RequestNumber };
}

/// <summary>„Neuen Artikel entwerfen“ under a question in Lernen: the draft form with the question as its first phrasing.</summary>
public sealed record DraftArticleForQuestion(string Question) : ICardAction<DraftArticleForQuestion>
{
    public const string QuestionKey = "q";
    public static string Verb => "kb.article.new";

    public static DraftArticleForQuestion? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, QuestionKey, LearnPhrasing.MaxPhrasingLength) is { } question ? new DraftArticleForQuestion(question) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [QuestionKey] = Question };
}
