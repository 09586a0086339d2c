namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// One article found for a question. <see cref="Coverage"/> is the share of the question's informative words
/// that the article contains (0–1); <see cref="Confidence"/> also weighs how clearly it beats the next article.
/// </summary>
public sealed record KnowledgeHit(KnowledgeArticle Article, float Score, double Coverage, double Confidence)
{
    /// <summary>What the hits are ordered by: the BM25 score, discounted for the words of the question the article lacks.</summary>
    public double Relevance => Score * Coverage;
}
