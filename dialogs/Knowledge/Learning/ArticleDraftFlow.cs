using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>
/// A new article or a change to one, as one Adaptive Card form (one question at a time on text channels): title,
/// answer, typical questions, source, forms, valid until, tags. Sending stores a draft for the four-eyes review; which
/// article and which published version the draft starts from is kept in the flow's context on the server, never read
/// from the card. The flow's verbs are not behind the route table's LKS group, so completing checks membership itself.
/// </summary>
public sealed class ArticleDraftFlow(IKnowledgeDrafts drafts, IKnowledgeSource source, ILksMembership lks, ArticleDraftReplies replies, DraftNotices notices,
    TimeProvider clock)
    : FormFlow(clock)
{
    public const string FlowName = "kbarticle";
    public const string TitleField = "title", BodyField = "body", QuestionsField = "questions", SourceField = "source", FormsField = "forms",
        ValidUntilField = "validuntil", TagsField = "tags";

    /// <summary>Context keys: the article a change is for, and the version it started from.</summary>
    public const string ArticleContext = "article", BaseContext = "base";

    public override string Name => FlowName;
    public override string Title => ArticleDraftTexts.FlowTitle.German;
    protected override string SubmitLabel => ArticleDraftTexts.Save.German;

    protected override string? Intro(FeatureTurn turn) =>
        ContextOf(turn).TryGetValue(ArticleContext, out var id) && ContextOf(turn).TryGetValue(BaseContext, out var version)
            ? ArticleDraftTexts.IntroChange.Format(SafeText.Escape(source.Current.Base.Find(id)?.Title ?? id), version)
            : ArticleDraftTexts.IntroNew.German;

    protected override IReadOnlyList<FormField> GetFields(FeatureTurn turn)
    {
        var today = KnowledgeService.LocalDate(turn.Now);
        var knownForms = KnownForms();
        return
        [
            new(TitleField, ArticleDraftTexts.TitleLabel.German, ArticleDraftTexts.TitlePrompt.German, FormInputKind.Text, ArticleDraftCheck.Title),
            new(BodyField, ArticleDraftTexts.BodyLabel.German, ArticleDraftTexts.BodyPrompt.German, FormInputKind.MultilineText, ArticleDraftCheck.Body),
            new(QuestionsField, ArticleDraftTexts.QuestionsLabel.German, ArticleDraftTexts.QuestionsPrompt.German, FormInputKind.MultilineText, ArticleDraftCheck.Questions),
            new(SourceField, ArticleDraftTexts.SourceLabel.German, ArticleDraftTexts.SourcePrompt.German, FormInputKind.Text, ArticleDraftCheck.Source),
            new(FormsField, ArticleDraftTexts.FormsLabel.German, ArticleDraftTexts.FormsPrompt.German, FormInputKind.MultilineText,
                answer => ArticleDraftCheck.Forms(answer, knownForms)) { Required = false },
            new(ValidUntilField, ArticleDraftTexts.ValidUntilLabel.German, ArticleDraftTexts.ValidUntilPrompt.German, FormInputKind.Date,
                answer => ArticleDraftCheck.ValidUntil(answer, today)) { Required = false },
            new(TagsField, ArticleDraftTexts.TagsLabel.German, ArticleDraftTexts.TagsPrompt.German, FormInputKind.Text, ArticleDraftCheck.Tags) { Required = false },
        ];
    }

    /// <summary>The form's values for an article as published (for „Artikel ändern“).</summary>
    public static IReadOnlyDictionary<string, string> ValuesOf(ArticleDraftContent content) => new Dictionary<string, string>
    {
        [TitleField] = content.Title,
        [BodyField] = content.Body,
        [QuestionsField] = string.Join("\n", content.Questions),
        [SourceField] = content.Source,
        [FormsField] = string.Join("\n", content.Forms.Select(form => form.Name + " | " + form.Url)),
        [ValidUntilField] = content.ValidUntil is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
        [TagsField] = string.Join(", ", content.Tags),
    };

    public static IReadOnlyDictionary<string, string> ChangeContext(string articleId, int version) => new Dictionary<string, string>
    {
        [ArticleContext] = articleId,
        [BaseContext] = version.ToString(CultureInfo.InvariantCulture),
    };

    protected override async Task<bool> CompleteAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (!await lks.GrantsAsync(turn, cancellationToken, refused => refused.Send(KnowledgeLearningTexts.NotLks.In(refused.Input.PrefersEnglish)))) return true;
        var context = ContextOf(turn);
        var content = ArticleDraftCheck.Content(values);
        var baseVersion = context.TryGetValue(BaseContext, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var version) ? version : (int?)null;
        var articleId = baseVersion is null ? ArticleDraftCheck.IdFor(content.Title) : context[ArticleContext];
        var author = new RequestActor(ConversationKeys.ForUser(turn.Input.User), turn.Input.User.Name.Length > 0 ? turn.Input.User.Name : RequestsTexts.UnnamedLks.German);
        try
        {
            var notice = await notices.ForAsync(author, cancellationToken);
            var outcome = await drafts.ProposeArticleAsync(articleId, content, baseVersion, author, turn.Now, notice, cancellationToken);
            await replies.SendProposedAsync(turn, outcome, articleId, content, cancellationToken);
            // A question that belongs to another article is fixed in the same form; everything else ends it.
            return outcome.Result != ProposeResult.UsedElsewhere;
        }
        catch (Store.KnowledgeStoreException)
        {
            turn.Send(Store.KnowledgeStoreTexts.StoreFailed.German);
            return false;
        }
    }

    /// <summary>The forms the knowledge base links already, by name, so a draft can name one without its address.</summary>
    private Dictionary<string, string> KnownForms()
    {
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in source.Current.Base.Articles.SelectMany(article => article.Forms)) known.TryAdd(form.Name, form.Url);
        return known;
    }
}
