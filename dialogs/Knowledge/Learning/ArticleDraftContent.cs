using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>An article as an LKS member drafts it in Teams: everything but the id, the review date and the status, which approval sets.</summary>
public sealed record ArticleDraftContent(string Title, string Body, IReadOnlyList<string> Questions, string Source)
{
    public IReadOnlyList<ArticleForm> Forms { get; init; } = [];
    public DateOnly? ValidUntil { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The article approval publishes: reviewed that day, <c>geprüft</c> (the only way the LKS marks an article so).</summary>
    public KnowledgeArticle ToArticle(string id, DateOnly reviewed) => new()
    {
        Id = id,
        Title = Title,
        Questions = Questions,
        Tags = Tags,
        Source = Source,
        Forms = Forms,
        Reviewed = reviewed,
        ValidUntil = ValidUntil,
        Status = ContentStatus.Geprueft,
        Body = Body,
        PlainBody = KnowledgeArticle.PlainTextOf(Body),
    };

    public static ArticleDraftContent Of(KnowledgeArticle article) => new(article.Title, article.Body, article.Questions, article.Source)
    {
        Forms = article.Forms,
        ValidUntil = article.ValidUntil,
        Tags = article.Tags,
    };
}
