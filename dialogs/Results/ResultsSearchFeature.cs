using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// „Ergebnisse suchen Öffentlichkeitsarbeit“, „Was hat das Netzwerk 2007 zu Öffentlichkeitsarbeit festgehalten?“:
/// the recorded meeting results for everyone, each hit with its meeting, working group, question and bullet.
/// </summary>
public sealed class ResultsSearchFeature(IResultsStore store, ResultsSearch search)
{
    /// <summary>The command; "query" is what to look for.</summary>
    public const string CommandPattern = @"^ergebnisse\s+(?:suchen|finden)\b[\s:]*(?<query>.*)$";

    /// <summary>
    /// A natural question about what the network recorded: it names the network or a meeting and says „festgehalten“,
    /// „besprochen“ or „Ergebnisse“. Both are needed, so questions about the funding guideline stay with the knowledge base.
    /// </summary>
    public const string QuestionPattern =
        @"^(?=.*\b(?:netzwerk(?:es|s)?|netzwerktreffen|treffen|arbeitsgruppen?|workshops?)\b)(?=.*\b(?:festgehalten|protokolliert|besprochen|erarbeitet|beschlossen|ergebnisse?n?)\b)(?<query>.*)$";

    public async Task SearchAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var query = ResultsQuery.Read(match.Groups["query"].Value);
        if (query.Words.Length == 0)
        {
            turn.Send(ResultsTexts.SearchWhat.German);
            return;
        }
        var (from, to) = query.Year is { } year ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : (DateOnly.MinValue, DateOnly.MaxValue);
        var hits = search.Find(query.Words, await store.ItemsAsync(from, to, cancellationToken));
        turn.Send(ResultsReplies.Hits(query, hits));
    }
}
