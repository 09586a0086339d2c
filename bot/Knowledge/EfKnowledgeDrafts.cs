using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Requests;
using NrwBot.Host.Data;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// The LKS's drafts on the bot's database. A decision runs in the knowledge store's write transaction (revision row
/// first), so two reviewers deciding at once are serialised: one decides, the other finds it decided; an approval
/// publishes the new article version and marks the draft in one commit.
/// </summary>
public sealed partial class EfKnowledgeStore : IKnowledgeDrafts
{
    private const string Open = "open", Approved = "approved", Returned = "returned";

    public Task<ProposeOutcome> ProposePhrasingAsync(string articleId, string phrasing, RequestActor author, DateTimeOffset at, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var published = await PublishedVersionsAsync(db, cancellationToken);
            if (!published.ContainsKey(articleId)) return new ProposeOutcome(ProposeResult.UnknownArticle, null);
            var folded = GermanText.FoldText(phrasing);
            if (OwnerOf(published, folded) is { } owner)
                return new ProposeOutcome(owner == articleId ? ProposeResult.AlreadyThere : ProposeResult.UsedElsewhere, null, owner);
            var open = await db.Set<KnowledgeDraftRecord>().AsNoTracking().Where(row => row.State == Open && row.ArticleId == articleId).ToListAsync(cancellationToken);
            if (open.FirstOrDefault(row => GermanText.FoldText(row.Phrasing) == folded) is { } same) return new ProposeOutcome(ProposeResult.AlreadyProposed, ToDraft(same));
            var record = new KnowledgeDraftRecord
            {
                ArticleId = articleId, Phrasing = phrasing, AuthorKey = author.Key ?? author.Name, AuthorName = author.Name, CreatedAt = at.ToUniversalTime(), State = Open,
            };
            db.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return new ProposeOutcome(ProposeResult.Created, ToDraft(record));
        });

    public Task<IReadOnlyList<PhrasingDraft>> OpenDraftsAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<KnowledgeDraftRecord>().AsNoTracking().Where(row => row.State == Open).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        return (IReadOnlyList<PhrasingDraft>)rows.Select(ToDraft).ToList();
    });

    public Task<ReviewOutcome> ApproveAsync(long draftId, RequestActor reviewer, DateTimeOffset at, CancellationToken cancellationToken) =>
        DecideAsync(draftId, reviewer, async (db, draft) =>
        {
            var published = await PublishedVersionsAsync(db, cancellationToken);
            var folded = GermanText.FoldText(draft.Phrasing);
            var owner = OwnerOf(published, folded);
            if (owner is not null && owner != draft.ArticleId) return new ReviewOutcome(ReviewResult.UsedElsewhere, ToDraft(draft), null, owner);
            var record = await db.Set<KnowledgeArticleRecord>().FirstOrDefaultAsync(row => row.Id == draft.ArticleId, cancellationToken);
            if (record is null || !published.TryGetValue(draft.ArticleId, out var current)) return new ReviewOutcome(ReviewResult.UnknownDraft, ToDraft(draft));
            var version = record.PublishedVersion;
            if (owner is null)
            {
                var article = ToArticle(current);
                var change = new ArticleChange(draft.AuthorName, at, reviewer.Name, "Formulierung ergänzt: „" + draft.Phrasing + "“");
                version = Publish(db, record, article with { Questions = [.. article.Questions, draft.Phrasing] }, change);
            }
            Decide(draft, Approved, reviewer, at, null);
            return new ReviewOutcome(ReviewResult.Approved, ToDraft(draft), version);
        }, cancellationToken);

    public Task DismissAsync(IReadOnlyList<string> wordings, RequestActor by, DateTimeOffset at, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.Set<KnowledgeDismissedQuestionRecord>().Select(row => row.FoldedText).ToListAsync(cancellationToken);
        var seen = known.ToHashSet(StringComparer.Ordinal);
        foreach (var wording in wordings)
        {
            var folded = Cut(GermanText.FoldText(wording), 1000);
            if (folded.Length == 0 || !seen.Add(folded)) continue;
            db.Add(new KnowledgeDismissedQuestionRecord { FoldedText = folded, Text = Cut(wording, 1000), DismissedBy = Cut(by.Name, 200), DismissedAt = at.ToUniversalTime() });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another member dismissed the same wording at the same moment: it is dismissed, which is all that was asked.
        }
        return true;
    });

    public Task<IReadOnlySet<string>> DismissedAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<KnowledgeDismissedQuestionRecord>().AsNoTracking().Select(row => row.FoldedText).ToListAsync(cancellationToken);
        return (IReadOnlySet<string>)rows.ToHashSet(StringComparer.Ordinal);
    });

    public Task<ReviewOutcome> ReturnAsync(long draftId, RequestActor reviewer, string comment, DateTimeOffset at, CancellationToken cancellationToken) =>
        DecideAsync(draftId, reviewer, (db, draft) =>
        {
            Decide(draft, Returned, reviewer, at, comment);
            return Task.FromResult(new ReviewOutcome(ReviewResult.Returned, ToDraft(draft)));
        }, cancellationToken);

    /// <summary>One decision on an open draft of someone else, in the write transaction; committed only when <paramref name="decide"/> decided.</summary>
    private Task<ReviewOutcome> DecideAsync(long draftId, RequestActor reviewer, Func<NrwBotDbContext, KnowledgeDraftRecord, Task<ReviewOutcome>> decide,
        CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RaiseRevisionAsync(db, cancellationToken);
        var draft = await db.Set<KnowledgeDraftRecord>().FirstOrDefaultAsync(row => row.Id == draftId, cancellationToken);
        var outcome = draft switch
        {
            null => new ReviewOutcome(ReviewResult.UnknownDraft, null),
            { State: not Open } => new ReviewOutcome(ReviewResult.AlreadyDecided, ToDraft(draft)),
            _ when draft.AuthorKey == reviewer.Key => new ReviewOutcome(ReviewResult.OwnDraft, ToDraft(draft)),
            _ => await decide(db, draft),
        };
        if (outcome.Result is not (ReviewResult.Approved or ReviewResult.Returned))
        {
            await transaction.RollbackAsync(cancellationToken);
            return outcome;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    });

    private static void Decide(KnowledgeDraftRecord draft, string state, RequestActor reviewer, DateTimeOffset at, string? comment)
    {
        draft.State = state;
        draft.ReviewerName = reviewer.Name;
        draft.ReviewedAt = at.ToUniversalTime();
        draft.Comment = comment is null ? null : Cut(comment, 1000);
    }

    /// <summary>The article that has this (folded) question already, if any: a question belongs to one article only.</summary>
    private static string? OwnerOf(Dictionary<string, KnowledgeArticleVersionRecord> published, string folded) =>
        published.Values.FirstOrDefault(version => ToArticle(version).Questions.Any(question => GermanText.FoldText(question) == folded))?.ArticleId;

    private static PhrasingDraft ToDraft(KnowledgeDraftRecord row) =>
        new(row.Id, row.ArticleId, row.Phrasing, new RequestActor(row.AuthorKey, row.AuthorName), row.CreatedAt, row.State switch
        {
            Approved => DraftState.Approved,
            Returned => DraftState.Returned,
            _ => DraftState.Open,
        })
        {
            ReviewerName = row.ReviewerName,
            Comment = row.Comment,
        };
}
