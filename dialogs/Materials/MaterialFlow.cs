using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// „Material teilen“ (and editing a shared one): one card form in Teams, question by question elsewhere, a summary
/// with Senden / Ändern / Abbrechen, then <see cref="MaterialSubmitter"/> checks and stores it. A file attached in
/// the personal chat fills the link.
/// </summary>
public sealed class MaterialFlow(MaterialFields fields, MaterialSubmitter submitter, MaterialTopics topics, TimeProvider clock) : FormFlow(clock), IFileFlow
{
    public const string FlowName = "material";

    public override string Name => FlowName;
    public override string Title => MaterialsTexts.ShareTitle.German;
    protected override string SubmitLabel => MaterialsTexts.ShareSubmit.German;
    protected override bool ConfirmBeforeComplete => true;

    protected override IReadOnlyList<FormField> GetFields(FeatureTurn turn) => fields.For(turn);

    protected override IReadOnlyDictionary<string, string> GetDefaults(FeatureTurn turn)
    {
        var defaults = new Dictionary<string, string> { [MaterialDraft.YearField] = turn.Now.Year.ToString(CultureInfo.InvariantCulture), [MaterialDraft.VisibilityField] = MaterialDraft.NetworkValue };
        if (turn.Input.ChannelHasCards && turn.User.Profile?.Region is { } region) defaults[MaterialDraft.RegionField] = region;
        // A file attached to „Material teilen“, or the file's link carried by the „Als Material teilen“ button.
        if (MaterialLinks.FromAttachments(turn.Input.Files).Link is { } link) defaults[MaterialDraft.LinkField] = link;
        else if (turn.Input.Verb is not null && turn.Input.Value(MaterialDraft.LinkField) is { } carried && MaterialLinks.Check(carried).Link is { } checkedLink)
            defaults[MaterialDraft.LinkField] = checkedLink;
        return defaults;
    }

    /// <summary>A file attached while the form is open: its link goes into the form (or the reason it cannot), and the form or question comes again.</summary>
    public Task TakeFilesAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var (link, problem) = MaterialLinks.FromAttachments(turn.Input.Files);
        if (problem is not null) turn.Send(problem.Format(MaterialLinks.MaxLength));
        else if (link is not null)
        {
            TakeLink(turn, link);
            turn.Send(MaterialsTexts.LinkTaken.Format(link));
        }
        Reprompt(turn);
        return Task.CompletedTask;
    }

    /// <summary>The flow's context key of the material being edited (none for a new one).</summary>
    private const string EditedKey = "material";

    protected override string? Intro(FeatureTurn turn) =>
        ContextOf(turn).GetValueOrDefault(EditedKey) is { } edited ? MaterialsTexts.EditIntro.Format(edited) : MaterialsTexts.ShareIntro.German;

    /// <summary>Opens the form with a stored material's values; „Senden“ then changes that material.</summary>
    public Task EditAsync(FeatureTurn turn, Material material, CancellationToken cancellationToken) =>
        StartAsync(turn, MaterialDraft.ValuesOf(material, topics), new Dictionary<string, string> { [EditedKey] = material.Id.ToString(CultureInfo.InvariantCulture) }, cancellationToken);

    /// <summary>A file attached while the form is open becomes its link (the form is shown again, or the next question asked).</summary>
    public void TakeLink(FeatureTurn turn, string link)
    {
        if (turn.Conversation.ActiveFlow is not { Name: FlowName } state) return;
        state.Values[MaterialDraft.LinkField] = link;
        state.UpdatedAt = turn.Now;
        var index = GetFields(turn).ToList().FindIndex(field => field.Id == MaterialDraft.LinkField);
        if (!state.Confirming && state.Step == index) state.Step++;
    }

    public override async Task RefuseStaleAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.Verb != ConfirmVerb || turn.Conversation.ActiveFlow is not null || turn.Input.Value(DraftKey) is not { Length: > 0 } draft)
        {
            await base.RefuseStaleAsync(turn, cancellationToken);
            return;
        }
        // A late second „Senden“: the material of this draft is named, nothing is shared twice.
        var shared = await submitter.FindSharedAsync(turn, draft, cancellationToken);
        turn.Send(shared is null ? FlowTexts.StaleCard.German : MaterialsTexts.AlreadyShared.Format(shared.Number, SafeText.Escape(shared.Title)));
    }

    protected override async Task<bool> CompleteAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var state = turn.Conversation.ActiveFlow is { Name: FlowName } running ? running : null;
        var material = MaterialDraft.Read(values, ConversationKeys.ForUser(turn.Input.User), topics);
        var done = ContextOf(turn).GetValueOrDefault(EditedKey) is { } subject
            ? await submitter.UpdateAsync(turn, int.Parse(subject, CultureInfo.InvariantCulture), material, cancellationToken)
            : await submitter.ShareAsync(turn, material, state?.Draft, cancellationToken);
        if (!done && state is not null) SendSummary(turn, state);
        return done;
    }
}
