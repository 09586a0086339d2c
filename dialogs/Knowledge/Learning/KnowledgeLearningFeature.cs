using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>
/// The LKS teaches NrwBot in Teams, four eyes: „Lernen“ lists the questions it could not answer (grouped as in the
/// digest) with the best-matching articles as „Als Formulierung zu „…“ hinzufügen“; that makes a draft, which a
/// second LKS member approves („Entwürfe“ → Freigeben) or returns with a comment; the author is told either way.
/// A phrasing works the moment it is approved. Every route here is behind the LKS guard (<see cref="KnowledgeLearningRoutes"/>).
/// </summary>
public sealed class KnowledgeLearningFeature(IKnowledgeDrafts drafts, IQuestionLog log, KnowledgeService knowledge, IKnowledgeSource source,
    IKnowledgeRefresh refresh, IProactiveSender sender, ArticleDraftReplies articleReplies, DraftNotices notices)
{
    public const string ApproveAllVerb = "kb.draft.approveall";

    /// <summary>„Lernen“ as a button (under the digest's unanswered and 👎 sections).</summary>
    public const string LearnVerb = "kb.learn";
    public const int LearnDays = 30;
    private const int GroupsShown = 5;
    private const int SuggestionsPerQuestion = 3;
    private const int DraftsShown = 10;


    public Task LearnAsync(FeatureTurn turn, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var asked = await log.UnansweredSinceAsync(turn.Now.AddDays(-LearnDays), cancellationToken);
        var proposed = (await drafts.OpenDraftsAsync(cancellationToken)).Select(draft => GermanText.FoldText(draft.Phrasing)).ToHashSet(StringComparer.Ordinal);
        proposed.UnionWith(await drafts.DismissedAsync(cancellationToken));
        var today = KnowledgeService.LocalDate(turn.Now);
        // A question answered directly by now (a phrasing was approved, an article written), proposed or dismissed is no longer open.
        var open = asked.Where(question => !proposed.Contains(GermanText.FoldText(question)) && knowledge.Judge(question, today).Decision != KnowledgeDecision.Answer).ToList();
        var down = (await log.NotHelpfulSinceAsync(turn.Now.AddDays(-LearnDays), cancellationToken))
            .Where(question => !proposed.Contains(GermanText.FoldText(question.Question))).DistinctBy(question => GermanText.FoldText(question.Question)).ToList();
        if (open.Count == 0 && down.Count == 0) { turn.Send(KnowledgeLearningTexts.LearnNothing.Format(LearnDays)); return; }
        turn.Send(new Reply { Title = KnowledgeLearningTexts.LearnTitle.German, Text = KnowledgeLearningTexts.LearnIntro.Format(LearnDays) });
        using var grouper = QuestionGrouper.For(source.Current.Base);
        foreach (var group in grouper.Group(open).Take(GroupsShown)) turn.Send(GroupReply(group));
        if (down.Count == 0) return;
        turn.Send(new Reply { Title = ArticleDraftTexts.DownTitle.German });
        foreach (var question in down.Take(GroupsShown)) turn.Send(DownReply(question));
    });

    public Task ProposeAsync(FeatureTurn turn, LearnPhrasing action, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var phrasing = action.Phrasing.Trim();
        var author = Actor(turn);
        var outcome = await drafts.ProposePhrasingAsync(action.ArticleId, phrasing, author, turn.Now, await notices.ForAsync(author, cancellationToken), cancellationToken);
        var title = Title(action.ArticleId);
        turn.Send(outcome.Result switch
        {
            ProposeResult.Created => KnowledgeLearningTexts.Proposed.Format(outcome.Draft!.Id, SafeText.Escape(phrasing), title),
            ProposeResult.AlreadyProposed => KnowledgeLearningTexts.AlreadyProposed.Format(outcome.Draft!.Id, title),
            ProposeResult.AlreadyThere => KnowledgeLearningTexts.AlreadyThere.Format(SafeText.Escape(phrasing), title),
            ProposeResult.UsedElsewhere => KnowledgeLearningTexts.UsedElsewhere.Format(SafeText.Escape(phrasing), Title(outcome.OtherArticleId!)),
            _ => KnowledgeLearningTexts.UnknownArticle.Format(SafeText.Escape(action.ArticleId)),
        });
    });

    public Task ProposeTypedAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        ProposeAsync(turn, new LearnPhrasing(match.Groups["id"].Value, match.Groups["q"].Value), cancellationToken);

    /// <summary>„Anderer Artikel …“: a search form (cards) or what to type (text channels).</summary>
    public Task SearchFormAsync(FeatureTurn turn, SearchArticleForPhrasing action, CancellationToken cancellationToken)
    {
        var question = SafeText.Escape(action.Phrasing);
        turn.Send(turn.Input.ChannelHasCards
            ? new Reply
            {
                Title = KnowledgeLearningTexts.SearchTitle.Format(question),
                Form = new ReplyForm(FindArticleForPhrasing.Verb, KnowledgeLearningTexts.SearchSend.German,
                    [new FormInput(FindArticleForPhrasing.QueryKey, KnowledgeLearningTexts.SearchLabel.German, FormInputKind.Text) { Required = true }])
                {
                    Data = new Dictionary<string, string> { [LearnPhrasing.PhrasingKey] = action.Phrasing },
                },
            }
            : Reply.Plain(KnowledgeLearningTexts.SearchTyped.Format(question)));
        return Task.CompletedTask;
    }

    /// <summary>The articles for a search (an exact id first, then the knowledge search), each with „Als Formulierung … hinzufügen“.</summary>
    public Task SearchAsync(FeatureTurn turn, FindArticleForPhrasing action, CancellationToken cancellationToken)
    {
        var byId = knowledge.Find(action.Query.ToLowerInvariant());
        var found = (byId is null ? [] : new[] { byId }).Concat(knowledge.Rank(action.Query, SearchHits).Select(hit => hit.Article))
            .DistinctBy(article => article.Id).Take(SearchHits).ToList();
        if (found.Count == 0) { turn.Send(KnowledgeLearningTexts.SearchNothing.Format(SafeText.Escape(action.Query))); return Task.CompletedTask; }
        var (list, buttons) = Suggestions(found, action.Phrasing);
        turn.Send(new Reply
        {
            Text = KnowledgeLearningTexts.SearchResults.Format(SafeText.Escape(action.Query), SafeText.Escape(action.Phrasing)) + "\n\n" + list,
            Actions = buttons,
        });
        return Task.CompletedTask;
    }

    private const int SearchHits = 6;

    public Task DraftsAsync(FeatureTurn turn, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var open = await drafts.OpenDraftsAsync(cancellationToken);
        if (open.Count == 0) { turn.Send(KnowledgeLearningTexts.DraftsNothing.German); return; }
        var me = Actor(turn).Key;
        var others = open.Count(draft => draft.Author.Key != me && draft.Kind == DraftKind.Phrasing);
        turn.Send(new Reply
        {
            Title = KnowledgeLearningTexts.DraftsTitle.German,
            // Many phrasings are approved in one go; each still needs someone who is not its author.
            Actions = others > 1 ? [new ReplyAction(KnowledgeLearningTexts.ApproveAllButton.Format(others), ApproveAllVerb)] : [],
        });
        foreach (var draft in open.Take(DraftsShown)) turn.Send(DraftReply(draft, me));
    });

    /// <summary>„Entwurf ansehen“ from the notice of a new draft: the draft as it is now (it may have been replaced or decided since).</summary>
    public Task ShowDraftAsync(FeatureTurn turn, ShowDraft action, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var draft = await drafts.FindAsync(action.DraftId, cancellationToken);
        if (draft is null) { turn.Send(KnowledgeLearningTexts.UnknownDraft.Format(action.DraftId)); return; }
        if (draft.State != DraftState.Open) { turn.Send(Refusal(new ReviewOutcome(ReviewResult.AlreadyDecided, draft), draft.Id)); return; }
        turn.Send(DraftReply(draft, Actor(turn).Key));
    });

    public Task ShowDraftTypedAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        long.TryParse(match.Groups["id"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? ShowDraftAsync(turn, new ShowDraft(id), cancellationToken)
            : Task.CompletedTask;

    /// <summary>One open draft for review; the author's own without the buttons (four eyes).</summary>
    private Reply DraftReply(KnowledgeDraft draft, string? me)
    {
        var own = draft.Author.Key == me;
        if (draft.Kind != DraftKind.Phrasing) return articleReplies.Preview(draft, withButtons: true, own);
        return new Reply
        {
            Text = KnowledgeLearningTexts.DraftLine.Format(draft.Id, SafeText.Escape(draft.Author.Name), GermanTime.DateAndTime(draft.CreatedAt),
                SafeText.Escape(draft.Phrasing), Title(draft.ArticleId), draft.ArticleId),
            Note = own ? KnowledgeLearningTexts.OwnDraftHint.German : null,
            Actions = own ? [] :
            [
                CardActions.Button(KnowledgeLearningTexts.ApproveButton.German, new ApproveDraft(draft.Id)),
                CardActions.Button(KnowledgeLearningTexts.ReturnButton.German, new ReturnDraft(draft.Id)),
            ],
        };
    }

    public Task ApproveAsync(FeatureTurn turn, ApproveDraft action, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var outcome = await drafts.ApproveAsync(action.DraftId, Actor(turn), turn.Now, cancellationToken);
        if (outcome.Result != ReviewResult.Approved) { turn.Send(Refusal(outcome, action.DraftId)); return; }
        // This instance answers with the new phrasing at once; the others within their poll interval.
        await refresh.RefreshAsync(cancellationToken);
        var draft = outcome.Draft!;
        var told = await TellAuthorAsync(draft, ToAuthorApproved(draft, ReviewerName(turn), outcome.PublishedVersion), cancellationToken);
        turn.Send(Approved(draft, outcome.PublishedVersion, told));
    });

    public Task DismissAsync(FeatureTurn turn, DismissQuestion action, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        await drafts.DismissAsync(action.Wordings, Actor(turn), turn.Now, cancellationToken);
        turn.Send(KnowledgeLearningTexts.Dismissed.Format(SafeText.Escape(action.Wordings[0])));
    });

    /// <summary>Approves every open draft the member did not write, one transaction each; the authors are told, this instance reloads once.</summary>
    public Task ApproveAllAsync(FeatureTurn turn, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var reviewer = Actor(turn);
        var approved = new List<(KnowledgeDraft Draft, int? Version)>();
        foreach (var draft in (await drafts.OpenDraftsAsync(cancellationToken)).Where(draft => draft.Author.Key != reviewer.Key && draft.Kind == DraftKind.Phrasing))
        {
            var outcome = await drafts.ApproveAsync(draft.Id, reviewer, turn.Now, cancellationToken);
            if (outcome.Result == ReviewResult.Approved) approved.Add((outcome.Draft!, outcome.PublishedVersion));
            else turn.Send(Refusal(outcome, draft.Id));
        }
        if (approved.Count == 0) { turn.Send(KnowledgeLearningTexts.DraftsNothing.German); return; }
        await refresh.RefreshAsync(cancellationToken);
        var lines = new List<string>();
        foreach (var (draft, version) in approved)
        {
            var told = await TellAuthorAsync(draft, ToAuthorApproved(draft, reviewer.Name, version), cancellationToken);
            lines.Add("- " + Approved(draft, version, told));
        }
        turn.Send(new Reply { Title = KnowledgeLearningTexts.ApprovedAll.Format(approved.Count), Text = string.Join("\n", lines) });
    });

    /// <summary>The comment form on card channels; on text channels what to type.</summary>
    public Task ReturnFormAsync(FeatureTurn turn, ReturnDraft action, CancellationToken cancellationToken)
    {
        var id = action.DraftId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        turn.Send(turn.Input.ChannelHasCards
            ? new Reply
            {
                Title = KnowledgeLearningTexts.ReturnFormTitle.Format(action.DraftId),
                Form = new ReplyForm(ReturnDraftWithComment.Verb, KnowledgeLearningTexts.ReturnFormSend.German,
                [
                    new FormInput(DraftKey.Key, "#", FormInputKind.Choice) { Choices = [new(id, id)], Value = id, Required = true },
                    new FormInput(ReturnDraftWithComment.CommentKey, KnowledgeLearningTexts.ReturnFormLabel.German, FormInputKind.MultilineText) { Required = true },
                ]),
            }
            : Reply.Plain(KnowledgeLearningTexts.ReturnTyped.Format(action.DraftId)));
        return Task.CompletedTask;
    }

    public Task ReturnSubmitAsync(FeatureTurn turn, ReturnDraftWithComment action, CancellationToken cancellationToken) =>
        ReturnAsync(turn, action.DraftId, action.Comment, cancellationToken);

    public Task ReturnTypedAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        long.TryParse(match.Groups["id"].Value, out var id)
            ? ReturnAsync(turn, id, match.Groups["comment"].Value.Trim(), cancellationToken)
            : Task.CompletedTask;

    private Task ReturnAsync(FeatureTurn turn, long draftId, string comment, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var outcome = await drafts.ReturnAsync(draftId, Actor(turn), comment, turn.Now, cancellationToken);
        if (outcome.Result != ReviewResult.Returned) { turn.Send(Refusal(outcome, draftId)); return; }
        var draft = outcome.Draft!;
        var toAuthor = draft.Kind == DraftKind.Phrasing
            ? KnowledgeLearningTexts.ToAuthorReturned.Format(draft.Id, SafeText.Escape(draft.Phrasing), Title(draft.ArticleId), SafeText.Escape(ReviewerName(turn)), SafeText.Escape(comment))
            : ArticleDraftTexts.ToAuthorReturned.Format(draft.Id, SafeText.Escape(draft.Phrasing), SafeText.Escape(ReviewerName(turn)), SafeText.Escape(comment));
        var told = await TellAuthorAsync(draft, toAuthor, cancellationToken);
        turn.Send(KnowledgeLearningTexts.Returned.Format(draft.Id, told));
    });

    private Reply GroupReply(QuestionGroup group)
    {
        var text = KnowledgeLearningTexts.LearnQuestion.Format(SafeText.Escape(group.Question), group.Count);
        if (group.OtherWordings.Count > 0)
            text += "\n\n" + KnowledgeLearningTexts.LearnAlso.Format(string.Join(" · ", group.OtherWordings.Take(3).Select(wording => "„" + SafeText.Escape(wording) + "“")));
        var hits = group.Question.Length <= LearnPhrasing.MaxPhrasingLength ? knowledge.Rank(group.Question, SuggestionsPerQuestion) : [];
        var (list, buttons) = Suggestions(hits.Select(hit => hit.Article).ToList(), group.Question);
        return new Reply
        {
            Text = hits.Count == 0 ? text : text + "\n\n" + list,
            Note = hits.Count == 0 ? KnowledgeLearningTexts.LearnNoSuggestion.German : null,
            Actions =
            [
                .. buttons,
                .. group.Question.Length <= LearnPhrasing.MaxPhrasingLength
                    ? [CardActions.Button(KnowledgeLearningTexts.OtherArticleButton.German, new SearchArticleForPhrasing(group.Question))] : Array.Empty<ReplyAction>(),
                .. group.Question.Length <= LearnPhrasing.MaxPhrasingLength
                    ? [CardActions.Button(ArticleDraftTexts.NewArticleButton.German, new DraftArticleForQuestion(group.Question))] : Array.Empty<ReplyAction>(),
                CardActions.Button(KnowledgeLearningTexts.DismissButton.German, new DismissQuestion(Wordings(group))),
            ],
        };
    }

    /// <summary>A question whose answer did not help: the article it got, what was missing, and the ways to fix it.</summary>
    private Reply DownReply(NotHelpfulQuestion question)
    {
        var text = ArticleDraftTexts.DownQuestion.Format(SafeText.Escape(question.Question), Title(question.ArticleId ?? ""), question.ArticleId ?? "–");
        if (question.Comment is { Length: > 0 } comment) text += "\n\n" + ArticleDraftTexts.DownComment.Format(SafeText.Escape(comment));
        var fits = question.Question.Length <= LearnPhrasing.MaxPhrasingLength;
        var others = fits ? knowledge.Rank(question.Question, SuggestionsPerQuestion + 1).Where(hit => hit.Article.Id != question.ArticleId).Take(SuggestionsPerQuestion).ToList() : [];
        var (list, actions) = Suggestions(others.Select(hit => hit.Article).ToList(), question.Question);
        if (others.Count > 0) text += "\n\n" + list;
        if (question.ArticleId is { } articleId && knowledge.Find(articleId) is not null) actions.Add(CardActions.Button(ArticleDraftTexts.EditArticleButton.German, new EditArticle(articleId)));
        if (fits) actions.Add(CardActions.Button(ArticleDraftTexts.NewArticleButton.German, new DraftArticleForQuestion(question.Question)));
        actions.Add(CardActions.Button(KnowledgeLearningTexts.DismissButton.German, new DismissQuestion([Wording(question.Question)])));
        return new Reply { Text = text, Actions = actions };
    }

    /// <summary>
    /// The articles a question may belong to: their titles numbered in the text, and one short button per number.
    /// Teams clips long button titles, so „Als Formulierung zu „Förderfähige Kosten und Eigenanteil“ hinzufügen“ lost
    /// exactly the part that tells the buttons apart.
    /// </summary>
    private static (string List, List<ReplyAction> Buttons) Suggestions(IReadOnlyList<KnowledgeArticle> articles, string phrasing)
    {
        var lines = articles.Select((article, index) => KnowledgeLearningTexts.SuggestionLine.Format(index + 1, SafeText.Escape(article.Title), article.Id));
        var buttons = articles.Select((article, index) => CardActions.Button(KnowledgeLearningTexts.AddToButton.Format(index + 1), new LearnPhrasing(article.Id, phrasing))).ToList();
        return (KnowledgeLearningTexts.SuggestionsIntro.German + "\n" + string.Join("\n", lines), buttons);
    }

    private static string Wording(string question)
    {
        var wording = question.Replace('\n', ' ').Trim();
        return wording.Length <= DismissQuestion.MaxLength ? wording : wording[..DismissQuestion.MaxLength];
    }

    /// <summary>The group's wordings that fit on a button (the most frequent first).</summary>
    private static List<string> Wordings(QuestionGroup group)
    {
        var wordings = new List<string>();
        var length = 0;
        foreach (var wording in group.OtherWordings.Prepend(group.Question).Select(text => text.Replace('\n', ' ').Trim()))
        {
            if (length + wording.Length + 1 > DismissQuestion.MaxLength) break;
            wordings.Add(wording);
            length += wording.Length + 1;
        }
        return wordings;
    }

    private async Task<string> TellAuthorAsync(KnowledgeDraft draft, string message, CancellationToken cancellationToken)
    {
        if (draft.Author.Key is not { } key) return KnowledgeLearningTexts.AuthorNotReached.German;
        var result = await sender.SendToUserAsync(key, [Reply.Plain(message)], cancellationToken);
        return result.Accepted ? KnowledgeLearningTexts.AuthorTold.German : KnowledgeLearningTexts.AuthorNotReached.German;
    }

    private string Refusal(ReviewOutcome outcome, long draftId) => outcome.Result switch
    {
        ReviewResult.OwnDraft => KnowledgeLearningTexts.OwnDraft.Format(draftId),
        ReviewResult.AlreadyDecided => KnowledgeLearningTexts.AlreadyDecided.Format(draftId, SafeText.Escape(outcome.Draft?.ReviewerName ?? ""),
            outcome.Draft?.State == DraftState.Approved ? KnowledgeLearningTexts.StateApproved.German : KnowledgeLearningTexts.StateReturned.German),
        ReviewResult.ChangedMeanwhile => ArticleDraftTexts.ChangedMeanwhileAtApproval.Format(draftId, SafeText.Escape(outcome.Draft?.Phrasing ?? "")),
        ReviewResult.UsedElsewhere => KnowledgeLearningTexts.UsedElsewhereNow.Format(draftId, SafeText.Escape(outcome.Draft?.Phrasing ?? ""), Title(outcome.OtherArticleId ?? "")),
        _ => KnowledgeLearningTexts.UnknownDraft.Format(draftId),
    };

    private string Approved(KnowledgeDraft draft, int? version, string told) => draft.Kind == DraftKind.Phrasing
        ? KnowledgeLearningTexts.Approved.Format(draft.Id, SafeText.Escape(draft.Phrasing), Title(draft.ArticleId), version, told)
        : ArticleDraftTexts.Approved.Format(draft.Id, SafeText.Escape(draft.Phrasing), version, told);

    private string ToAuthorApproved(KnowledgeDraft draft, string reviewer, int? version) => draft.Kind == DraftKind.Phrasing
        ? KnowledgeLearningTexts.ToAuthorApproved.Format(draft.Id, SafeText.Escape(reviewer), SafeText.Escape(draft.Phrasing), Title(draft.ArticleId))
        : ArticleDraftTexts.ToAuthorApproved.Format(draft.Id, SafeText.Escape(draft.Phrasing), SafeText.Escape(reviewer), version);

    private string Title(string articleId) => SafeText.Escape(knowledge.Find(articleId)?.Title ?? articleId);

    private static string ReviewerName(FeatureTurn turn) => turn.Input.User.Name.Length > 0 ? turn.Input.User.Name : RequestsTexts.UnnamedLks.German;

    private static RequestActor Actor(FeatureTurn turn) => new(ConversationKeys.ForUser(turn.Input.User), ReviewerName(turn));


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
