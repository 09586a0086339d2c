namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// One question for the LKS digest. Only what the digest needs: a pseudonymous key instead of the user's name
/// or id (so repeated questions of one person can be counted without knowing who), the question text, the
/// article given or offered first (null when none fitted), the decision and the confidence; and the Kreis/Stadt of the
/// asker's profile (null without one), so the regional analysis can count unanswered questions per region — nothing
/// else about the person.
/// </summary>
public sealed record QuestionLogEntry(
    string UserKey,
    string Question,
    string? ArticleId,
    KnowledgeDecision Decision,
    double Confidence,
    DateTimeOffset AskedAt,
    string? Region = null);
