using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge.Store;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>
/// Starts the article draft form: empty („Artikel entwerfen“), with a question from Lernen as its first phrasing
/// („Neuen Artikel entwerfen“), or filled with an article as published now („Artikel ändern ID“), remembering that
/// version so a change published meanwhile is never silently overwritten. Behind the LKS group of the route table.
/// </summary>
public sealed class ArticleDraftFeature(ArticleDraftFlow flow, IKnowledgeStore store, Requests.IRequestStore requests, Network.INetworkStore network)
{
    public ArticleDraftFlow Flow => flow;

    public Task NewAsync(FeatureTurn turn, CancellationToken cancellationToken) => flow.StartAsync(turn, cancellationToken);

    public Task NewForQuestionAsync(FeatureTurn turn, DraftArticleForQuestion action, CancellationToken cancellationToken) =>
        flow.StartAsync(turn, new Dictionary<string, string> { [ArticleDraftFlow.QuestionsField] = action.Question.Trim() }, cancellationToken);

    /// <summary>
    /// A draft from a closed request: its text as the first question — always the redacted text, as the knowledge base
    /// is read by everyone — and the LKS's answer as the answer. The title is left to the author.
    /// </summary>
    public async Task FromRequestAsync(FeatureTurn turn, DraftArticleFromRequest action, CancellationToken cancellationToken)
    {
        var request = Requests.RequestNumber.TryParse(action.RequestNumber, out var number) ? await requests.FindAsync(number, cancellationToken) : null;
        if (request?.Answer is not { Length: > 0 } answer) { turn.Send(ArticleDraftTexts.FromRequestUnknown.Format(SafeText.Escape(action.RequestNumber))); return; }
        await flow.StartAsync(turn, new Dictionary<string, string>
        {
            [ArticleDraftFlow.QuestionsField] = ArticleDraftCheck.FirstQuestion(request.RedactedDescription),
            [ArticleDraftFlow.BodyField] = ArticleDraftCheck.BodyOf(answer),
            [ArticleDraftFlow.SourceField] = ArticleDraftTexts.FromRequestSource.Format(request.Number),
        }, cancellationToken);
    }

    /// <summary>
    /// „N7 als Wissensartikel“: a draft from a good network thread — the question, and its visible answers as material
    /// for the LKS's own answer (their texts only, never who wrote them: the knowledge base is read by everyone).
    /// </summary>
    public async Task FromNetworkAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var id = long.Parse(match.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var number = Network.NetworkNumbers.Question(id);
        var question = await network.FindAsync(id, cancellationToken);
        var answers = question is { State: Network.NetworkState.Open or Network.NetworkState.Closed }
            ? (await network.AnswersAsync(id, cancellationToken)).Where(answer => !answer.Hidden).ToList()
            : [];
        if (question is null || answers.Count == 0) { turn.Send(ArticleDraftTexts.FromNetworkUnknown.Format(number)); return; }
        var body = ArticleDraftTexts.FromNetworkIntro.Format(number) + "\n\n" + string.Join("\n", answers.Select(answer => "- " + answer.Text.Replace('\n', ' ')));
        await flow.StartAsync(turn, new Dictionary<string, string>
        {
            [ArticleDraftFlow.QuestionsField] = ArticleDraftCheck.FirstQuestion(question.Text),
            [ArticleDraftFlow.BodyField] = ArticleDraftCheck.BodyOf(body),
            [ArticleDraftFlow.SourceField] = ArticleDraftTexts.FromNetworkSource.Format(number),
        }, cancellationToken);
    }

    public Task EditTypedAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        EditAsync(turn, match.Groups["id"].Value, cancellationToken);

    public Task EditAsync(FeatureTurn turn, EditArticle action, CancellationToken cancellationToken) => EditAsync(turn, action.ArticleId, cancellationToken);

    private async Task EditAsync(FeatureTurn turn, string articleId, CancellationToken cancellationToken)
    {
        try
        {
            var published = (await store.HistoryAsync(articleId, cancellationToken)).LastOrDefault(version => version.IsPublished);
            if (published is null) { turn.Send(ArticleDraftTexts.UnknownArticle.Format(SafeText.Escape(articleId))); return; }
            await flow.StartAsync(turn, ArticleDraftFlow.ValuesOf(ArticleDraftContent.Of(published.Article)),
                ArticleDraftFlow.ChangeContext(published.ArticleId, published.Version), cancellationToken);
        }
        catch (KnowledgeStoreException)
        {
            turn.Send(KnowledgeStoreTexts.StoreFailed.German);
        }
    }
}
