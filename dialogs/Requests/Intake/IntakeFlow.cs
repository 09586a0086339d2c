using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>
/// "Unterstützung anfragen": category, description, region, urgency, Wunschtermin and consent as one card form
/// (or step by step on text channels), a summary with Senden / Ändern / Abbrechen, then
/// <see cref="IntakeSubmitter"/> stores the request. If storing fails the draft stays for another "Senden".
/// </summary>
public sealed class IntakeFlow(IntakeFields fields, IntakeSubmitter submitter, CategoryCatalog categories, TimeProvider clock) : FormFlow(clock)
{
    public const string FlowName = "intake";


    public override string Name => FlowName;
    public override string Title => RequestsTexts.IntakeTitle.German;
    protected override string SubmitLabel => RequestsTexts.IntakeSubmit.German;
    protected override bool ConfirmBeforeComplete => true;

    /// <summary>„Frage an die LKS weitergeben“: the bound question seeds the description (see <see cref="Seed"/>).</summary>
    public Task StartFromButtonAsync(FeatureTurn turn, StartRequest start, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);

    public Task StartFromQuestionAsync(FeatureTurn turn, RequestFromQuestion forward, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);

    public Task StartFromWordsAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);

    /// <summary>"Senden" of a summary whose request was already sent (a late second click) names the request
    /// instead of saying "out of date".</summary>
    public override async Task RefuseStaleAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.Verb != ConfirmVerb || turn.Conversation.ActiveFlow is not null)
        {
            await base.RefuseStaleAsync(turn, cancellationToken);
            return;
        }
        var sent = turn.Input.Value(DraftKey) is { Length: > 0 } draft ? await submitter.FindSentAsync(turn, draft, cancellationToken) : null;
        turn.Send(sent is null ? RequestsTexts.AlreadySent.In(English(turn)) : RequestsTexts.AlreadySentAs.Format(English(turn), sent.Number));
    }

    protected override IReadOnlyList<FormField> GetFields(FeatureTurn turn) => fields.For(turn, English(turn));

    /// <summary>The user's words become the description; category and urgency are read from them, the region from them or from the profile.</summary>
    protected override IReadOnlyDictionary<string, string> GetDefaults(FeatureTurn turn)
    {
        var words = Seed(turn);
        var defaults = new Dictionary<string, string>();
        if (words.Length > 0) defaults[IntakeDraft.DescriptionField] = words;
        defaults[IntakeDraft.UrgencyField] = IntakeDraft.ValueOf(UrgencyWords.Detect(words));
        // On text channels the category is proposed in its step from the description as it is then, and the
        // region from the profile is offered with "ok", so a pre-filled value never contradicts the proposal.
        if (!turn.Input.ChannelHasCards) return defaults;
        if (fields.Propose(words) is { } category) defaults[IntakeDraft.CategoryField] = category;
        if (fields.RegionOf(turn, words) is { } region) defaults[IntakeDraft.RegionField] = region;
        return defaults;
    }

    protected override string? Intro(FeatureTurn turn) => Seed(turn).Length > 0 ? RequestsTexts.IntakeIntroFromWords.In(English(turn)) : RequestsTexts.IntakeIntro.In(English(turn));

    protected override async Task<bool> CompleteAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var draftId = turn.Conversation.ActiveFlow is { Name: FlowName } running ? running.Draft : null;
        if (await submitter.SubmitAsync(turn, IntakeDraft.Read(values), draftId, cancellationToken)) return true;
        if (turn.Conversation.ActiveFlow is { Name: FlowName } state) SendSummary(turn, state);
        return false;
    }

    protected override void SendSummary(FeatureTurn turn, FlowState state)
    {
        var english = English(turn);
        var draft = IntakeDraft.Read(state.Values);
        var facts = new List<ReplyFact>
        {
            new(RequestsTexts.CategoryLabel.In(english), categories.ById(draft.CategoryId)?.Title ?? draft.CategoryId),
            new(RequestsTexts.DescriptionLabel.In(english), SafeText.Escape(draft.Description)),
            new(RequestsTexts.RegionLabel.In(english), draft.Region),
            new(RequestsTexts.UrgencyLabel.In(english), RequestsTexts.UrgencyName(draft.Urgency).In(english)),
        };
        if (draft.PreferredDate is { } date) facts.Add(new(RequestsTexts.DateLabel.In(english), GermanTime.Date(date)));
        facts.Add(new(RequestsTexts.ConsentLabel.In(english), draft.Consent ? FlowTexts.Yes.In(english) : FlowTexts.No.In(english)));
        if (draft.Confidential) facts.Add(new(RequestsTexts.ConfidentialLabel.In(english), FlowTexts.Yes.In(english)));
        turn.Send(new Reply
        {
            Title = RequestsTexts.IntakeTitle.In(english),
            Text = turn.Input.ChannelHasCards ? null : RequestsTexts.SummaryQuestion.In(english),
            Facts = facts,
            Note = (draft.Consent ? RequestsTexts.SummaryWithConsent.In(english) : RequestsTexts.SummaryWithoutConsent.In(english))
                + (draft.Confidential ? " " + RequestsTexts.SummaryConfidential.In(english) : ""),
            Actions = SummaryActions(state, FlowTexts.Confirm.In(english), FlowTexts.Edit.In(english), FlowTexts.Cancel.In(english)),
        });
    }

    /// <summary>What the user wrote: the forwarded question, or a need stated in their own words ("Ich brauche Unterstützung bei …").</summary>
    private static string Seed(FeatureTurn turn)
    {
        if (turn.Input.Value(RequestFromQuestion.QuestionKey) is { Length: > 0 } question) return question.Trim();
        var text = turn.Input.Text.Trim();
        return turn.Input.Verb is null && Regex.IsMatch(text, IntakePatterns.NeedStatement, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))
            ? text
            : "";
    }

    /// <summary>English when this turn is English, or when the description so far is.</summary>
    private static bool English(FeatureTurn turn)
    {
        var description = turn.Conversation.ActiveFlow is { Name: FlowName } state ? state.Values.GetValueOrDefault(IntakeDraft.DescriptionField) : null;
        return turn.Input.PrefersEnglish || LanguageHint.IsEnglish(description ?? Seed(turn));
    }
}
