using NrwBot.Dialogs.Language;
namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The checks across files: an id or a question may belong to one article only, otherwise the search could not
/// tell which answer is meant. The later file (in name order) is reported and left out.
/// </summary>
internal static class KnowledgeValidator
{
    public static IReadOnlyList<KnowledgeArticle> RemoveConflicts(IReadOnlyList<ParsedArticle> parsed, List<KnowledgeIssue> issues)
    {
        var idOwners = new Dictionary<string, ParsedArticle>(StringComparer.Ordinal);
        var questionOwners = new Dictionary<string, (ParsedArticle Article, int Line)>(StringComparer.Ordinal);
        var accepted = new List<KnowledgeArticle>();
        foreach (var candidate in parsed)
        {
            var article = candidate.Article;
            if (idOwners.TryGetValue(article.Id, out var owner))
            {
                issues.Add(new(article.File, candidate.IdLine, KnowledgeTexts.DuplicateId.Format(article.Id, owner.Article.File, owner.IdLine)));
                continue;
            }
            if (HasSharedQuestion(candidate, questionOwners, issues)) continue;
            idOwners[article.Id] = candidate;
            for (var index = 0; index < article.Questions.Count; index++)
                questionOwners[GermanText.FoldText(article.Questions[index])] = (candidate, candidate.QuestionLines[index]);
            accepted.Add(article);
        }
        return accepted;
    }

    private static bool HasSharedQuestion(ParsedArticle candidate, Dictionary<string, (ParsedArticle Article, int Line)> owners, List<KnowledgeIssue> issues)
    {
        var shared = false;
        for (var index = 0; index < candidate.Article.Questions.Count; index++)
        {
            if (!owners.TryGetValue(GermanText.FoldText(candidate.Article.Questions[index]), out var owner)) continue;
            issues.Add(new(candidate.Article.File, candidate.QuestionLines[index],
                KnowledgeTexts.SharedQuestion.Format(candidate.Article.Questions[index], owner.Article.Article.File, owner.Line)));
            shared = true;
        }
        return shared;
    }
}
