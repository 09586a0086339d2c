using System.Globalization;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Flows;

/// <summary>
/// A flow that fills a set of fields: on channels with cards as ONE form (submit, validate, show errors),
/// on text channels one question at a time (validate, re-ask). Optionally it shows a summary and waits
/// for "Senden" before it completes. Cancel and help work at every step (the router handles them).
/// </summary>
public abstract class FormFlow(TimeProvider clock) : IFlow
{
    public abstract string Name { get; }
    public abstract string Title { get; }

    public string SubmitVerb => Name + ".submit";
    public string CancelVerb => Name + ".cancel";
    public string ConfirmVerb => Name + ".confirm";
    public string EditVerb => Name + EditSuffix;
    public IReadOnlyList<string> Verbs => [SubmitVerb, ConfirmVerb, EditVerb, CancelVerb];

    /// <summary>The step of <see cref="EditVerb"/>; a flow that others link to names its edit verb with it once (<c>ProfileFlow.EditCardVerb</c>).</summary>
    public const string EditSuffix = ".edit";

    protected virtual string SubmitLabel => FlowTexts.Save.German;
    protected virtual bool ConfirmBeforeComplete => false;

    protected abstract IReadOnlyList<FormField> GetFields(FeatureTurn turn);

    /// <summary>Values to pre-fill (from the profile, from the user's words, from the last draft).</summary>
    protected virtual IReadOnlyDictionary<string, string> GetDefaults(FeatureTurn turn) => new Dictionary<string, string>();

    protected virtual string? Intro(FeatureTurn turn) => null;

    /// <summary>Does the flow's work. Returns false to keep the flow and its values (for example when storing failed).</summary>
    protected abstract Task<bool> CompleteAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

    public Task StartAsync(FeatureTurn turn, CancellationToken cancellationToken) => StartAsync(turn, new Dictionary<string, string>(), cancellationToken);

    /// <summary>Starts with <paramref name="prefill"/> over the defaults: values a feature read from its store (an existing entry to edit).</summary>
    public Task StartAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> prefill, CancellationToken cancellationToken) =>
        StartAsync(turn, prefill, new Dictionary<string, string>(), cancellationToken);

    /// <summary>As above, with a <see cref="FlowState.Context"/> the flow's completion reads (see <see cref="ContextOf"/>).</summary>
    public Task StartAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> prefill, IReadOnlyDictionary<string, string> context,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(GetDefaults(turn));
        foreach (var (key, value) in prefill) values[key] = value;
        var state = new FlowState { Name = Name, Values = values, Context = new(context), UpdatedAt = clock.GetUtcNow() };
        turn.Conversation.ActiveFlow = state;
        var intro = Intro(turn);
        if (turn.Input.ChannelHasCards) SendForm(turn, state.Values, new Dictionary<string, string>(), intro);
        else
        {
            if (intro is not null) turn.Send(intro);
            AskStep(turn, state);
        }
        return Task.CompletedTask;
    }

    /// <summary>The context the running flow was started with (empty for a form sent without a running flow).</summary>
    protected IReadOnlyDictionary<string, string> ContextOf(FeatureTurn turn) =>
        turn.Conversation.ActiveFlow is { } state && state.Name == Name ? state.Context : new Dictionary<string, string>();

    /// <summary>The data key of the summary's buttons that names the draft they belong to.</summary>
    public const string DraftKey = "draft";

    /// <summary>Typed text the router decided is an answer (see <see cref="Fits"/>); on card channels only a
    /// typed „Senden“ / „Ändern“ to the summary gets here, every other text is an interruption.</summary>
    public async Task ContinueAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var state = CurrentState(turn);
        state.UpdatedAt = clock.GetUtcNow();
        if (state.Confirming) { await OnConfirmAnswerAsync(turn, state, cancellationToken); return; }
        if (turn.Input.ChannelHasCards)
        {
            SendForm(turn, state.Values, new Dictionary<string, string>(), null);
            return;
        }
        await AnswerStepAsync(turn, state, cancellationToken);
    }

    public bool Fits(FeatureTurn turn)
    {
        if (turn.Conversation.ActiveFlow is not { } state || state.Name != Name) return false;
        if (state.Confirming) return ConfirmAnswer(turn.Input.Text) is not null;
        if (turn.Input.ChannelHasCards) return false;
        var fields = GetFields(turn);
        return CheckAnswer(fields[Math.Min(state.Step, fields.Count - 1)], turn.Input.Text).IsValid;
    }

    public bool IsCurrent(FeatureTurn turn)
    {
        var verb = turn.Input.Verb;
        var running = turn.Conversation.ActiveFlow;
        var mine = running?.Name == Name ? running : null;
        if (verb == SubmitVerb) return true;
        if (verb == ConfirmVerb) return mine is { Confirming: true } && IsSameDraft(turn, mine);
        if (verb == EditVerb || verb == CancelVerb) return running is null || (mine is not null && IsSameDraft(turn, mine));
        return true;
    }

    public virtual Task RefuseStaleAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(FlowTexts.StaleCard.German);
        return Task.CompletedTask;
    }

    /// <summary>Buttons from before drafts were named carry no draft key; they count as the current draft.</summary>
    private static bool IsSameDraft(FeatureTurn turn, FlowState state) =>
        turn.Input.Value(DraftKey) is not { } draft || draft == state.Draft;

    /// <summary>The summary's buttons, each naming the draft, so an older summary's „Senden“ is recognised.</summary>
    protected IReadOnlyList<ReplyAction> SummaryActions(FlowState state, string send, string edit, string cancel)
    {
        var data = new Dictionary<string, string> { [DraftKey] = state.Draft };
        return [new ReplyAction(send, ConfirmVerb, data), new ReplyAction(edit, EditVerb, data), new ReplyAction(cancel, CancelVerb, data)];
    }

    public async Task OnVerbAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var verb = turn.Input.Verb;
        if (verb == CancelVerb) { Cancel(turn); return; }
        if (verb == SubmitVerb) { await OnSubmitAsync(turn, cancellationToken); return; }
        if (verb == ConfirmVerb)
        {
            await CompleteFlowAsync(turn, CurrentState(turn), cancellationToken);
            return;
        }
        if (verb == EditVerb) { Edit(turn); return; }
        await StartAsync(turn, cancellationToken);
    }

    public void Reprompt(FeatureTurn turn)
    {
        var state = CurrentState(turn);
        if (state.Confirming) SendSummary(turn, state);
        else if (turn.Input.ChannelHasCards) SendForm(turn, state.Values, new Dictionary<string, string>(), null);
        else AskStep(turn, state);
    }

    private FlowState CurrentState(FeatureTurn turn) =>
        turn.Conversation.ActiveFlow is { } state && state.Name == Name
            ? state
            : throw new InvalidOperationException($"Flow {Name} is not running in this conversation.");

    private async Task OnSubmitAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var fields = GetFields(turn);
        var values = new Dictionary<string, string>();
        var shown = new Dictionary<string, string>();
        var errors = new Dictionary<string, string>();
        foreach (var field in fields)
        {
            // Every field is checked like a typed answer: a forged or outdated card cannot store what a user could not type.
            var check = CheckAnswer(field, turn.Input.Value(field.Id) ?? "");
            if (check.IsValid) values[field.Id] = shown[field.Id] = check.Value!;
            else
            {
                errors[field.Id] = check.Error!;
                shown[field.Id] = turn.Input.Value(field.Id) ?? "";
            }
        }
        var state = turn.Conversation.ActiveFlow?.Name == Name ? turn.Conversation.ActiveFlow : new FlowState { Name = Name };
        state.Values = values;
        state.UpdatedAt = clock.GetUtcNow();
        turn.Conversation.ActiveFlow = state;
        if (errors.Count > 0) { SendForm(turn, shown, errors, FlowTexts.FixErrors.German); return; }
        await FinishAsync(turn, state, cancellationToken);
    }

    private async Task AnswerStepAsync(FeatureTurn turn, FlowState state, CancellationToken cancellationToken)
    {
        var fields = GetFields(turn);
        var field = fields[Math.Min(state.Step, fields.Count - 1)];
        var check = CheckAnswer(field, turn.Input.Text);
        if (!check.IsValid)
        {
            turn.Send(check.Error!);
            AskStep(turn, state);
            return;
        }
        state.Values[field.Id] = check.Value!;
        state.Step++;
        if (state.Step < fields.Count) { AskStep(turn, state); return; }
        await FinishAsync(turn, state, cancellationToken);
    }

    private async Task FinishAsync(FeatureTurn turn, FlowState state, CancellationToken cancellationToken)
    {
        if (!ConfirmBeforeComplete) { await CompleteFlowAsync(turn, state, cancellationToken); return; }
        state.Confirming = true;
        SendSummary(turn, state);
    }

    private async Task OnConfirmAnswerAsync(FeatureTurn turn, FlowState state, CancellationToken cancellationToken)
    {
        var answer = ConfirmAnswer(turn.Input.Text);
        if (answer == ConfirmVerb) await CompleteFlowAsync(turn, state, cancellationToken);
        else if (answer == EditVerb) Edit(turn);
        else turn.Send(FlowTexts.ConfirmHint.German);
    }

    /// <summary>The verb a typed reply to the summary stands for, or null when it is no such reply.</summary>
    private string? ConfirmAnswer(string text)
    {
        var answer = text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        return FlowTexts.ConfirmWords.Contains(answer) ? ConfirmVerb : FlowTexts.EditWords.Contains(answer) ? EditVerb : null;
    }

    private async Task CompleteFlowAsync(FeatureTurn turn, FlowState state, CancellationToken cancellationToken)
    {
        if (await CompleteAsync(turn, state.Values, cancellationToken) && turn.Conversation.ActiveFlow == state)
            turn.Conversation.ActiveFlow = null;
    }

    private void Edit(FeatureTurn turn)
    {
        var state = turn.Conversation.ActiveFlow?.Name == Name ? turn.Conversation.ActiveFlow : new FlowState { Name = Name, Values = new(GetDefaults(turn)) };
        state.Confirming = false;
        state.Step = 0;
        state.Draft = FlowState.NewDraft();
        state.UpdatedAt = clock.GetUtcNow();
        turn.Conversation.ActiveFlow = state;
        if (turn.Input.ChannelHasCards) SendForm(turn, state.Values, new Dictionary<string, string>(), null);
        else AskStep(turn, state);
    }

    private void Cancel(FeatureTurn turn)
    {
        if (turn.Conversation.ActiveFlow?.Name == Name) turn.Conversation.ActiveFlow = null;
        turn.Send(FlowTexts.Cancelled.German);
    }

    private static FieldCheck CheckAnswer(FormField field, string raw)
    {
        var answer = raw.Trim();
        if (answer.Length == 0 || answer == "-")
            return field.Required ? FieldCheck.Invalid(FlowTexts.RequiredMissing.German) : FieldCheck.Valid("");
        if (field.Kind == FormInputKind.Choice)
        {
            var choice = MatchChoice(field, answer);
            if (choice is null && field.NumberChoicesInText) return FieldCheck.Invalid(FlowTexts.NotAChoice.German);
            answer = choice?.Value ?? answer;
        }
        if (field.Kind == FormInputKind.Toggle) answer = IsYes(answer) ? "true" : "false";
        return field.Check(answer);
    }

    private static FormChoice? MatchChoice(FormField field, string answer)
    {
        if (int.TryParse(answer.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= field.Choices.Count)
            return field.Choices[number - 1];
        return field.Choices.FirstOrDefault(choice =>
            string.Equals(choice.Value, answer, StringComparison.OrdinalIgnoreCase)
            || string.Equals(choice.Title, answer, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsYes(string answer) =>
        FlowTexts.YesWords.Contains(answer.ToLowerInvariant());

    private void AskStep(FeatureTurn turn, FlowState state)
    {
        var fields = GetFields(turn);
        var field = fields[Math.Min(state.Step, fields.Count - 1)];
        var lines = new List<string> { $"**{field.Label}** ({state.Step + 1}/{fields.Count})", field.Prompt };
        if (!field.Required) lines.Add(FlowTexts.SkipHint.German);
        if (field.Kind == FormInputKind.Choice && field.NumberChoicesInText)
        {
            lines.AddRange(field.Choices.Select((choice, index) => $"{index + 1}. {choice.Title}"));
            lines.Add(FlowTexts.ChooseByNumber.German);
        }
        if (state.Values.TryGetValue(field.Id, out var current) && current.Length > 0)
            lines.Add(FlowTexts.SoFar.Format(SafeText.Escape(DisplayValue(field, current))));
        turn.Send(string.Join("\n\n", lines));
    }

    private void SendForm(FeatureTurn turn, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, string? text)
    {
        var inputs = GetFields(turn).Select(field => new FormInput(field.Id, field.Label, field.Kind)
        {
            Choices = field.Choices,
            Value = values.TryGetValue(field.Id, out var value) ? value : null,
            Required = field.Required,
            Placeholder = field.Placeholder,
            Error = errors.TryGetValue(field.Id, out var error) ? error : null,
        }).ToList();
        turn.Send(new Reply
        {
            Title = Title,
            Text = text,
            Form = new ReplyForm(SubmitVerb, SubmitLabel, inputs) { SecondaryAction = new ReplyAction(FlowTexts.Cancel.German, CancelVerb) },
        });
    }

    /// <summary>The summary before sending; features may override to add notes (for example on consent).</summary>
    protected virtual void SendSummary(FeatureTurn turn, FlowState state)
    {
        var facts = GetFields(turn)
            .Where(field => state.Values.TryGetValue(field.Id, out var value) && value.Length > 0)
            .Select(field => new ReplyFact(field.Label, SafeText.Escape(DisplayValue(field, state.Values[field.Id]))))
            .ToList();
        turn.Send(new Reply
        {
            Title = Title,
            Text = turn.Input.ChannelHasCards ? null : FlowTexts.ConfirmQuestion.German,
            Facts = facts,
            Actions = SummaryActions(state, FlowTexts.Confirm.German, FlowTexts.Edit.German, FlowTexts.Cancel.German),
        });
    }

    protected static string DisplayValue(FormField field, string value) => field.Kind switch
    {
        FormInputKind.Choice => field.Choices.FirstOrDefault(choice => choice.Value == value)?.Title ?? value,
        FormInputKind.Toggle => (value == "true" ? FlowTexts.Yes : FlowTexts.No).German,
        _ => value,
    };
}
