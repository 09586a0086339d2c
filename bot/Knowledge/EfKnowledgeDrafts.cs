using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Requests;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// The LKS's drafts on the bot's database. A decision runs in the knowledge store's write transaction (revision row
/// first), so two reviewers deciding at once are serialised: one decides, the other finds it decided; an approval
/// publishes the new article version and marks the draft in one commit.
/// </summary>
public sealed partial class EfKnowledgeStore : IKnowledgeDrafts
{
    private const string Open = "open", Approved = "approved", Returned = "returned";
    private const string PhrasingKind = "phrasing", NewKind = "new", ChangeKind = "change";

    public Task<ProposeOutcome> ProposeArticleAsync(string articleId, ArticleDraftContent content, int? baseVersion, RequestActor author, DateTimeOffset at,
        DraftNotice notice, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The revision row first: proposals and decisions on the same article are serialised (see DecideAsync).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockDraftsAsync(db, cancellationToken);
        var published = await PublishedVersionsAsync(db, cancellationToken);
        var record = await db.Set<KnowledgeArticleRecord>().AsNoTracking().FirstOrDefaultAsync(row => row.Id == articleId, cancellationToken);
        if (baseVersion is null && record is not null) return new ProposeOutcome(ProposeResult.ArticleExists, null);
        if (baseVersion is not null && (record is null || !published.ContainsKey(articleId))) return new ProposeOutcome(ProposeResult.UnknownArticle, null);
        if (baseVersion is not null && record!.PublishedVersion != baseVersion)
            return new ProposeOutcome(ProposeResult.ChangedMeanwhile, null) { CurrentVersion = record.PublishedVersion };
        if (content.Questions.Select(GermanText.FoldText).Select(folded => OwnerOf(published, folded)).FirstOrDefault(owner => owner is not null && owner != articleId) is { } other)
            return new ProposeOutcome(ProposeResult.UsedElsewhere, null, other);
        var open = await db.Set<KnowledgeDraftRecord>()
            .FirstOrDefaultAsync(row => row.State == Open && row.ArticleId == articleId && row.Kind != PhrasingKind, cancellationToken);
        if (open is not null && open.AuthorKey != (author.Key ?? author.Name)) return new ProposeOutcome(ProposeResult.BeingEdited, ToDraft(open));
        var draft = open ?? new KnowledgeDraftRecord
        {
            ArticleId = articleId, Phrasing = "", AuthorKey = author.Key ?? author.Name, AuthorName = author.Name, CreatedAt = at.ToUniversalTime(), State = Open,
        };
        draft.Kind = baseVersion is null ? NewKind : ChangeKind;
        draft.Phrasing = Cut(content.Title, 1000);
        draft.Content = JsonSerializer.Serialize(content, Json);
        draft.BaseVersion = baseVersion;
        if (open is null) db.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        // A replaced draft was announced when it was made; its reviewers open it as it is now.
        if (open is null) await NotifyAsync(db, draft, notice, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (open is null) outboxSignal.Wake();
        return new ProposeOutcome(open is null ? ProposeResult.Created : ProposeResult.Replaced, ToDraft(draft));
    });

    public Task<ProposeOutcome> ProposePhrasingAsync(string articleId, string phrasing, RequestActor author, DateTimeOffset at, DraftNotice notice,
        CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // Serialised like article drafts: two clicks at once find one draft, announced once.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockDraftsAsync(db, cancellationToken);
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
            await NotifyAsync(db, record, notice, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            outboxSignal.Wake();
            return new ProposeOutcome(ProposeResult.Created, ToDraft(record));
        });

    public Task<IReadOnlyList<KnowledgeDraft>> OpenDraftsAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<KnowledgeDraftRecord>().AsNoTracking().Where(row => row.State == Open).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        return (IReadOnlyList<KnowledgeDraft>)rows.Select(ToDraft).ToList();
    });

    public Task<KnowledgeDraft?> FindAsync(long draftId, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<KnowledgeDraftRecord>().AsNoTracking().FirstOrDefaultAsync(record => record.Id == draftId, cancellationToken);
        return row is null ? null : ToDraft(row);
    });

    /// <summary>
    /// The notice of a new draft, in its transaction (saved with the draft, or not at all): one message per reviewer
    /// the bot has a conversation with — as the outbox sender does, a member who never wrote to the bot is not queued.
    /// </summary>
    private async Task NotifyAsync(NrwBotDbContext db, KnowledgeDraftRecord draft, DraftNotice notice, CancellationToken cancellationToken)
    {
        var keys = notice.RecipientKeys.ToList();
        if (keys.Count == 0) return;
        var reachable = await db.Conversations.AsNoTracking().Where(conversation => keys.Contains(conversation.Key)).Select(conversation => conversation.Key)
            .ToListAsync(cancellationToken);
        if (reachable.Count == 0) return;
        var message = notice.Message(ToDraft(draft));
        foreach (var key in reachable.Order(StringComparer.Ordinal)) outbox.Add(db, new OutboxMessage(OutboxKinds.Message, key, [message]));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<ReviewOutcome> ApproveAsync(long draftId, RequestActor reviewer, DateTimeOffset at, CancellationToken cancellationToken) =>
        DecideAsync(draftId, reviewer, async (db, draft) =>
        {
            if (draft.Kind != PhrasingKind) return await ApproveArticleAsync(db, draft, reviewer, at, cancellationToken);
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

    /// <summary>Publishes an article draft as written, <c>geprüft</c> as of the approval day, if nothing changed under it.</summary>
    private async Task<ReviewOutcome> ApproveArticleAsync(NrwBotDbContext db, KnowledgeDraftRecord draft, RequestActor reviewer, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var content = JsonSerializer.Deserialize<ArticleDraftContent>(draft.Content!, Json)!;
        var published = await PublishedVersionsAsync(db, cancellationToken);
        if (content.Questions.Select(GermanText.FoldText).Select(folded => OwnerOf(published, folded)).FirstOrDefault(owner => owner is not null && owner != draft.ArticleId) is { } other)
            return new ReviewOutcome(ReviewResult.UsedElsewhere, ToDraft(draft), null, other);
        var record = await db.Set<KnowledgeArticleRecord>().FirstOrDefaultAsync(row => row.Id == draft.ArticleId, cancellationToken);
        var changedMeanwhile = draft.Kind == NewKind ? record is not null : record is null || record.PublishedVersion != draft.BaseVersion;
        if (changedMeanwhile) return new ReviewOutcome(ReviewResult.ChangedMeanwhile, ToDraft(draft));
        var article = content.ToArticle(draft.ArticleId, DateOnly.FromDateTime(NrwBot.Dialogs.Requests.GermanTime.Local(at).DateTime));
        var change = new ArticleChange(draft.AuthorName, at, reviewer.Name, draft.Kind == NewKind ? "Neuer Artikel (Entwurf #" + draft.Id + ")" : "Geändert (Entwurf #" + draft.Id + ")");
        int version;
        if (record is null)
        {
            AddNew(db, article, change);
            version = 1;
        }
        else version = Publish(db, record, article, change);
        Decide(draft, Approved, reviewer, at, null);
        return new ReviewOutcome(ReviewResult.Approved, ToDraft(draft), version);
    }

    /// <summary>Takes the revision row's lock without changing what instances serve (a proposal publishes nothing).</summary>
    private static Task<int> LockDraftsAsync(NrwBotDbContext db, CancellationToken cancellationToken) =>
        Revision(db).ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Revision, row => row.Revision), cancellationToken);

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

    private static KnowledgeDraft ToDraft(KnowledgeDraftRecord row) =>
        new(row.Id, row.ArticleId, row.Phrasing, new RequestActor(row.AuthorKey, row.AuthorName), row.CreatedAt, row.State switch
        {
            Approved => DraftState.Approved,
            Returned => DraftState.Returned,
            _ => DraftState.Open,
        })
        {
            ReviewerName = row.ReviewerName,
            Comment = row.Comment,
            Kind = row.Kind switch { NewKind => DraftKind.NewArticle, ChangeKind => DraftKind.ArticleChange, _ => DraftKind.Phrasing },
            Content = row.Content is { } content ? JsonSerializer.Deserialize<ArticleDraftContent>(content, Json) : null,
            BaseVersion = row.BaseVersion,
        };
}
