using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>
/// „Wissen Verlauf ID“ (every version of an article: when, who, status, who approved) and „Wissen zurücksetzen ID
/// VERSION“ (after a confirmation, the old content is published as a new version). For the LKS only: every route
/// here is behind the LKS guard (<see cref="KnowledgeHistoryRoutes"/>), so the handlers do not check again.
/// </summary>
public sealed class KnowledgeHistoryFeature(IKnowledgeStore store, IKnowledgeRefresh refresh)
{
    public const string CancelVerb = "kb.rollback.cancel";

    /// <summary>How many „Auf Version N zurücksetzen“ buttons the history offers (the newest versions).</summary>
    private const int RollbackButtons = 5;

    public const string HistoryPattern = @"^(?:wissen|knowledge)\s+(?:verlauf|history)\s+(?<id>\S+)$";
    public const string RollbackPattern = @"^(?:wissen|knowledge)\s+(?:zurücksetzen|zuruecksetzen|rollback)\s+(?<id>\S+)\s+(?:auf\s+)?(?:version\s+)?v?(?<version>\d{1,6})$";
    public const string UsagePattern = @"^(?:wissen|knowledge)\s+(?:verlauf|history|zurücksetzen|zuruecksetzen|rollback)\b.*$";

    public Task HistoryAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var id = match.Groups["id"].Value.ToLowerInvariant();
        var versions = await store.HistoryAsync(id, cancellationToken);
        if (versions.Count == 0) { turn.Send(KnowledgeStoreTexts.UnknownArticle.Format(SafeText.Escape(id))); return; }
        var published = versions.FirstOrDefault(version => version.IsPublished);
        var lines = versions.AsEnumerable().Reverse().Select(Line);
        turn.Send(new Reply
        {
            Title = KnowledgeStoreTexts.HistoryTitle.Format((published ?? versions[^1]).Article.Title),
            Text = KnowledgeStoreTexts.HistoryIntro.Format(id, versions.Count) + "\n\n" + string.Join("\n", lines),
            Actions = versions.AsEnumerable().Reverse()
                .Where(version => published is null || !SameContent(version, published))
                .Take(RollbackButtons)
                .Select(version => CardActions.Button(KnowledgeStoreTexts.RollbackButton.Format(version.Version), new RollbackArticle(id, version.Version)))
                .ToList(),
        });
    });

    public Task RollbackAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        int.TryParse(match.Groups["version"].Value, out var version)
            ? AskAsync(turn, match.Groups["id"].Value.ToLowerInvariant(), version, cancellationToken)
            : UsageAsync(turn, cancellationToken);

    public Task RollbackButtonAsync(FeatureTurn turn, RollbackArticle action, CancellationToken cancellationToken) =>
        AskAsync(turn, action.Id, action.Version, cancellationToken);

    public Task ConfirmAsync(FeatureTurn turn, ConfirmRollback action, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var actor = turn.Input.User.Name.Length > 0 ? turn.Input.User.Name : RequestsTexts.UnnamedLks.German;
        var change = new ArticleChange(actor, turn.Now, Note: KnowledgeStoreTexts.RollbackNote.Format(action.Version));
        var outcome = await store.RollbackAsync(action.Id, action.Version, action.Published, change, cancellationToken);
        // This instance serves the change at once; the others within their poll interval.
        if (outcome.Result == RollbackResult.RolledBack) await refresh.RefreshAsync(cancellationToken);
        var (message, _) = await KnowledgeStoreCommandLine.RollbackMessageAsync(store, action.Id, action.Version, outcome, cancellationToken);
        turn.Send(message);
    });

    public Task CancelAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(KnowledgeStoreTexts.Cancelled.German);
        return Task.CompletedTask;
    }

    public Task UsageAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(KnowledgeStoreTexts.Usage.German);
        return Task.CompletedTask;
    }

    public Task UsageAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => UsageAsync(turn, cancellationToken);

    /// <summary>Nothing is changed here: the LKS sees what the rollback would do and confirms it.</summary>
    private Task AskAsync(FeatureTurn turn, string id, int version, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var versions = await store.HistoryAsync(id, cancellationToken);
        if (versions.Count == 0) { turn.Send(KnowledgeStoreTexts.UnknownArticle.Format(SafeText.Escape(id))); return; }
        if (versions.FirstOrDefault(candidate => candidate.Version == version) is not { } target)
        {
            turn.Send(KnowledgeStoreTexts.UnknownVersion.Format(id, version, versions.Count));
            return;
        }
        var published = versions.First(candidate => candidate.IsPublished);
        if (SameContent(target, published))
        {
            turn.Send(KnowledgeStoreTexts.AlreadyPublished.Format(id, version, published.Version));
            return;
        }
        turn.Send(new Reply
        {
            Title = KnowledgeStoreTexts.ConfirmTitle.German,
            Text = KnowledgeStoreTexts.ConfirmText.Format(id, version, GermanTime.DateAndTime(target.Change.At), SafeText.Escape(target.Change.ChangedBy), published.Version),
            Actions =
            [
                CardActions.Button(KnowledgeStoreTexts.ConfirmYes.German, new ConfirmRollback(id, version, published.Version)),
                new ReplyAction(KnowledgeStoreTexts.ConfirmNo.German, CancelVerb),
            ],
        });
    });

    private static string Line(ArticleVersion version)
    {
        var change = version.Change;
        return KnowledgeStoreTexts.HistoryLine.Format(
            version.Version,
            version.IsPublished ? KnowledgeStoreTexts.PublishedMark.German : "",
            GermanTime.DateAndTime(change.At),
            SafeText.Escape(change.ChangedBy),
            KnowledgeStoreTexts.StatusName(version.Article.Status),
            change.ApprovedBy is { } approver ? KnowledgeStoreTexts.ApprovedBy.Format(SafeText.Escape(approver)) : "",
            change.Note is { } note ? " – " + SafeText.Escape(note) : "");
    }

    private static bool SameContent(ArticleVersion left, ArticleVersion right) =>
        ArticleMarkdown.Write(left.Article) == ArticleMarkdown.Write(right.Article);

    private static async Task GuardAsync(FeatureTurn turn, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (KnowledgeStoreException)
        {
            turn.Send(KnowledgeStoreTexts.StoreFailed.German);
        }
    }
}
