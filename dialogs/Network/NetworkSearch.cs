using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// „Das Netzwerk hat dazu geantwortet“: below the knowledge base's reply, the answers colleagues gave to the same
/// question — the same in other words as the digest judges it (<see cref="QuestionGrouper"/>, the knowledge search's
/// German analysis with its synonyms and compound parts). Marked as colleagues' experience, not LKS guidance.
/// </summary>
public sealed class NetworkSearch(INetworkStore store, IKnowledgeSource knowledge) : IQuestionSupplement, IDisposable
{
    // The newest answered questions are compared; enough for a network of a few hundred offices.
    private const int Candidates = 300;
    private const int QuestionsShown = 2;
    private const int AnswersShown = 3;

    private readonly object _gate = new();
    private (KnowledgeBase? Base, QuestionGrouper? Grouper) _cached;

    public async Task<Reply?> ForQuestionAsync(string question, FeatureTurn turn, CancellationToken cancellationToken)
    {
        IReadOnlyList<NetworkQuestion> answered;
        try
        {
            answered = await store.AnsweredAsync(Candidates, cancellationToken);
        }
        catch (NetworkStoreException)
        {
            return null; // the knowledge answer stands on its own
        }
        if (answered.Count == 0) return null;
        var grouper = Grouper();
        var matches = answered
            .Select(candidate => (Question: candidate, Similarity: grouper.Similarity(question, candidate.Text)))
            .Where(candidate => candidate.Similarity >= QuestionGrouper.SameQuestionThreshold)
            .OrderByDescending(candidate => candidate.Similarity)
            .Take(QuestionsShown)
            .ToList();
        if (matches.Count == 0) return null;
        var lines = new List<string>();
        foreach (var (match, _) in matches)
        {
            lines.Add(NetworkTexts.SearchQuestion.Format(match.Number, NetworkCards.Date(match.CreatedAt), SafeText.Escape(match.Text)));
            var answers = (await store.AnswersAsync(match.Id, cancellationToken)).Where(answer => !answer.Hidden)
                .OrderByDescending(answer => answer.Helpful).ThenBy(answer => answer.CreatedAt).Take(AnswersShown);
            lines.AddRange(answers.Select(answer => NetworkTexts.SearchAnswer.Format(SafeText.Escape(answer.AuthorName), SafeText.Escape(answer.Text))
                + (answer.Helpful ? NetworkTexts.SearchHelpfulMark.German : "")));
        }
        return new Reply { Title = NetworkTexts.SearchTitle.German, Text = string.Join("\n", lines), Note = NetworkTexts.SearchNote.German };
    }

    /// <summary>One grouper per loaded knowledge base: building its analyzer reads every article.</summary>
    private QuestionGrouper Grouper()
    {
        var current = knowledge.Current.Base;
        lock (_gate)
        {
            // The old grouper is left to the garbage collector: a search on another thread may still use it.
            if (!ReferenceEquals(_cached.Base, current) || _cached.Grouper is null) _cached = (current, QuestionGrouper.For(current));
            return _cached.Grouper;
        }
    }

    public void Dispose()
    {
        lock (_gate) _cached.Grouper?.Dispose();
    }
}
