using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// „Ergebnisse erfassen“ for the LKS as a flow: it waits for the protocol (pasted into the form, attached as a text file)
/// or goes „Schritt für Schritt“: the meeting (title, date, place), then per working group its numbered questions and
/// their bullets (with „(n)“ counts and, optionally, the office of a sub-list). What is entered is written as protocol
/// lines (<see cref="ProtocolWriter"/>), so the preview and „Speichern“ are those of a pasted protocol: one parser, one
/// store path. „Zurück“ undoes the last step, „abbrechen“ ends it at any point; every verb and answer passes the LKS
/// guard again, so a forged card of a non-member changes nothing.
/// </summary>
public sealed class ResultsEntryFlow(ResultsEntryFields fields, ResultsParser parser, SupportNeedClassifier classifier, IProtocolFiles files,
    LksGuard lks, TimeProvider clock) : IFileFlow
{
    public const string FlowName = "resultsentry";
    public const string SubmitVerb = FlowName + ".submit";
    public const string StepwiseVerb = FlowName + ".stepwise";
    public const string ItemsVerb = FlowName + ".items";
    public const string SectionVerb = FlowName + ".section";
    public const string GroupVerb = FlowName + ".group";
    public const string PreviewVerb = FlowName + ".preview";
    public const string BackVerb = FlowName + ".back";
    public const string CancelVerb = FlowName + ".cancel";
    public const string StepKey = "step";

    private const string ProtocolKey = "protocol";
    private const string HistoryKey = "history";
    private const string GroupKey = "group";
    private const string SectionKey = "section";
    private const string OfficeKey = "office";
    private const string AnswerPrefix = "answer.";
    private const int MaxGroups = 20;

    public string Name => FlowName;
    public string Title => ResultsTexts.CaptureTitle.German;
    public IReadOnlyList<string> Verbs => [SubmitVerb, StepwiseVerb, ItemsVerb, SectionVerb, GroupVerb, PreviewVerb, BackVerb, CancelVerb];

    /// <summary>Shows how to give the protocol (form, file, step by step) and waits for it.</summary>
    public Task StartAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var state = new FlowState { Name = Name, Step = (int)ResultsEntryStep.Start, UpdatedAt = clock.GetUtcNow() };
        turn.Conversation.ActiveFlow = state;
        Prompt(turn, state);
        return Task.CompletedTask;
    }

    /// <summary>The pasted protocol or the file replaced the entry: the flow ends where a preview of its own is shown.</summary>
    public static void EndIfRunning(FeatureTurn turn)
    {
        if (turn.Conversation.ActiveFlow?.Name == FlowName) turn.Conversation.ActiveFlow = null;
    }

    public async Task TakeFilesAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (!await StillLksAsync(turn, cancellationToken)) return;
        var (address, problem) = ProtocolAttachment.Pick(turn.Input.Files);
        var file = problem is null ? await files.ReadAsync(address!, cancellationToken) : ProtocolFile.Refused(problem);
        if (file.Problem is not null)
        {
            turn.Send(file.Problem.Format(ResultsCapture.MaxProtocolLength / 1000));
            return;
        }
        if (file.Text!.Length > ResultsCapture.MaxProtocolLength)
        {
            turn.Send(ResultsTexts.FileTooLarge.Format(ResultsCapture.MaxProtocolLength / 1000));
            return;
        }
        EndIfRunning(turn);
        ShowPreview(turn, file.Text, back: null);
    }

    public async Task ContinueAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (!await StillLksAsync(turn, cancellationToken)) return;
        var state = State(turn);
        state.UpdatedAt = clock.GetUtcNow();
        var inputs = fields.For(Step(state));
        var index = state.Values.Keys.Count(key => key.StartsWith(AnswerPrefix, StringComparison.Ordinal));
        if (index >= inputs.Count) { Prompt(turn, state); return; }
        var field = inputs[index];
        var check = Check(field, turn.Input.Text);
        if (!check.IsValid) { turn.Send(check.Error!); Ask(turn, state); return; }
        state.Values[AnswerPrefix + field.Id] = check.Value!;
        if (index + 1 < inputs.Count) { Ask(turn, state); return; }
        var answers = inputs.ToDictionary(input => input.Id, input => state.Values.GetValueOrDefault(AnswerPrefix + input.Id) ?? "");
        Apply(turn, state, answers);
    }

    public async Task OnVerbAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (!await StillLksAsync(turn, cancellationToken)) return;
        var state = State(turn);
        state.UpdatedAt = clock.GetUtcNow();
        switch (turn.Input.Verb)
        {
            case CancelVerb: EndIfRunning(turn); turn.Send(FlowTexts.Cancelled.German); break;
            case BackVerb: Back(turn, state); break;
            case SubmitVerb: Submit(turn, state); break;
            case StepwiseVerb: MoveTo(turn, state, ResultsEntryStep.Meeting); break;
            case ItemsVerb: MoveTo(turn, state, ResultsEntryStep.Items); break;
            case SectionVerb: MoveTo(turn, state, ResultsEntryStep.Section); break;
            case GroupVerb: NextGroup(turn, state); break;
            case PreviewVerb: state.Step = (int)ResultsEntryStep.Preview; ShowPreview(turn, state.Values.GetValueOrDefault(ProtocolKey) ?? "", state); break;
        }
    }

    public void Reprompt(FeatureTurn turn) => Prompt(turn, State(turn));

    /// <summary>On text channels an answer to the current input; on card channels the inputs come with the card.</summary>
    public bool Fits(FeatureTurn turn)
    {
        if (turn.Input.ChannelHasCards || turn.Conversation.ActiveFlow is not { Name: FlowName } state) return false;
        var inputs = fields.For(Step(state));
        var index = state.Values.Keys.Count(key => key.StartsWith(AnswerPrefix, StringComparison.Ordinal));
        return index < inputs.Count && Check(inputs[index], turn.Input.Text).IsValid;
    }

    /// <summary>Only the card of the entry as it stands: its draft, and for a form its step.</summary>
    public bool IsCurrent(FeatureTurn turn)
    {
        if (turn.Conversation.ActiveFlow is not { Name: FlowName } state || turn.Input.Value(FormFlow.DraftKey) != state.Draft) return false;
        return turn.Input.Verb != SubmitVerb || turn.Input.Value(StepKey) == ((int)Step(state)).ToString(CultureInfo.InvariantCulture);
    }

    public Task RefuseStaleAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(FlowTexts.StaleCard.German);
        return Task.CompletedTask;
    }

    private async Task<bool> StillLksAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (await lks.RefusingWith(refused => refused.Send(ResultsTexts.OnlyForLks.German)).PassesAsync(turn, cancellationToken)) return true;
        EndIfRunning(turn);
        return false;
    }

    private FlowState State(FeatureTurn turn) =>
        turn.Conversation.ActiveFlow is { Name: FlowName } state ? state : throw new InvalidOperationException("The results entry is not running.");

    private static ResultsEntryStep Step(FlowState state) => Enum.IsDefined((ResultsEntryStep)state.Step) ? (ResultsEntryStep)state.Step : ResultsEntryStep.Start;

    private void Submit(FeatureTurn turn, FlowState state)
    {
        var inputs = fields.For(Step(state));
        if (inputs.Count == 0) { Prompt(turn, state); return; }
        var answers = new Dictionary<string, string>();
        var errors = new Dictionary<string, string>();
        foreach (var field in inputs)
        {
            var check = Check(field, turn.Input.Value(field.Id) ?? "");
            if (check.IsValid) answers[field.Id] = check.Value!;
            else errors[field.Id] = check.Error!;
        }
        if (errors.Count > 0) { SendForm(turn, state, errors, turn.Input.Values); return; }
        Apply(turn, state, answers);
    }

    private static FieldCheck Check(FormField field, string raw)
    {
        var answer = raw.Trim();
        if (answer.Length == 0 || answer == "-") return field.Required ? FieldCheck.Invalid(FlowTexts.RequiredMissing.German) : FieldCheck.Valid("");
        return field.Check(answer);
    }

    /// <summary>A step's checked answers become protocol lines; the state before is kept for „Zurück“.</summary>
    private void Apply(FeatureTurn turn, FlowState state, IReadOnlyDictionary<string, string> answers)
    {
        var step = Step(state);
        var (lines, next) = step switch
        {
            ResultsEntryStep.Meeting => (ProtocolWriter.Meeting(answers[ResultsEntryFields.TitleField],
                DateOnly.ParseExact(answers[ResultsEntryFields.DateField], "yyyy-MM-dd", CultureInfo.InvariantCulture), answers[ResultsEntryFields.PlaceField])
                + ProtocolWriter.Group(1), ResultsEntryStep.Section),
            ResultsEntryStep.Section => (ProtocolWriter.Section(Number(state, SectionKey) + 1, answers[ResultsEntryFields.SectionTitleField]), ResultsEntryStep.Items),
            _ => (ProtocolWriter.Items(answers[ResultsEntryFields.BulletsField].Split('\n'), NullIfEmpty(answers[ResultsEntryFields.OfficeField])), ResultsEntryStep.Next),
        };
        // The parser gives every later bullet of a question to the office named above it: after a sub-list only sub-lists follow.
        if (step == ResultsEntryStep.Items && answers[ResultsEntryFields.OfficeField].Length == 0 && state.Values.GetValueOrDefault(OfficeKey) == "1")
        {
            SendForm(turn, state, new Dictionary<string, string> { [ResultsEntryFields.OfficeField] = ResultsTexts.EntryOfficeNeeded.German }, answers);
            ClearAnswers(state);
            return;
        }
        if (!Append(turn, state, lines)) return;
        if (step == ResultsEntryStep.Meeting) state.Values[GroupKey] = "1";
        if (step == ResultsEntryStep.Section) { state.Values[SectionKey] = (Number(state, SectionKey) + 1).ToString(CultureInfo.InvariantCulture); state.Values[OfficeKey] = "0"; }
        if (step == ResultsEntryStep.Items && answers[ResultsEntryFields.OfficeField].Length > 0) state.Values[OfficeKey] = "1";
        MoveTo(turn, state, next);
    }

    private void NextGroup(FeatureTurn turn, FlowState state)
    {
        var group = Number(state, GroupKey) + 1;
        if (group > MaxGroups) { turn.Send(ResultsTexts.EntryTooManyGroups.Format(MaxGroups)); Prompt(turn, state); return; }
        if (!Append(turn, state, ProtocolWriter.Group(group))) return;
        state.Values[GroupKey] = group.ToString(CultureInfo.InvariantCulture);
        state.Values[SectionKey] = "0";
        state.Values[OfficeKey] = "0";
        MoveTo(turn, state, ResultsEntryStep.Section);
    }

    /// <summary>Adds lines to the draft protocol, remembering the state before them; refuses what would make it too long for „Speichern“.</summary>
    private static bool Append(FeatureTurn turn, FlowState state, string lines)
    {
        var protocol = state.Values.GetValueOrDefault(ProtocolKey) ?? "";
        if (protocol.Length + lines.Length > ResultsCapture.MaxProtocolLength)
        {
            turn.Send(ResultsTexts.EntryFull.Format(ResultsCapture.MaxProtocolLength / 1000));
            return false;
        }
        var snapshot = string.Join(",", state.Step, protocol.Length, Number(state, GroupKey), Number(state, SectionKey), Number(state, OfficeKey));
        state.Values[HistoryKey] = (state.Values.GetValueOrDefault(HistoryKey) is { Length: > 0 } history ? history + ";" : "") + snapshot;
        state.Values[ProtocolKey] = protocol + lines;
        return true;
    }

    /// <summary>„Zurück“: from the preview to the choice what comes next; otherwise the last step's lines are taken back.</summary>
    private void Back(FeatureTurn turn, FlowState state)
    {
        if (Step(state) == ResultsEntryStep.Preview) { MoveTo(turn, state, ResultsEntryStep.Next); return; }
        var history = (state.Values.GetValueOrDefault(HistoryKey) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (history.Count == 0) { MoveTo(turn, state, ResultsEntryStep.Start); return; }
        var parts = history[^1].Split(',').Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        history.RemoveAt(history.Count - 1);
        state.Values[HistoryKey] = string.Join(";", history);
        state.Values[ProtocolKey] = (state.Values.GetValueOrDefault(ProtocolKey) ?? "")[..parts[1]];
        state.Values[GroupKey] = parts[2].ToString(CultureInfo.InvariantCulture);
        state.Values[SectionKey] = parts[3].ToString(CultureInfo.InvariantCulture);
        state.Values[OfficeKey] = parts[4].ToString(CultureInfo.InvariantCulture);
        turn.Send(ResultsTexts.EntryUndone.German);
        MoveTo(turn, state, (ResultsEntryStep)parts[0]);
    }

    private void MoveTo(FeatureTurn turn, FlowState state, ResultsEntryStep step)
    {
        state.Step = (int)step;
        state.Draft = FlowState.NewDraft();
        ClearAnswers(state);
        Prompt(turn, state);
    }

    private static void ClearAnswers(FlowState state)
    {
        foreach (var key in state.Values.Keys.Where(key => key.StartsWith(AnswerPrefix, StringComparison.Ordinal)).ToList()) state.Values.Remove(key);
    }

    private static int Number(FlowState state, string key) =>
        int.TryParse(state.Values.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private void Prompt(FeatureTurn turn, FlowState state)
    {
        switch (Step(state))
        {
            case ResultsEntryStep.Start:
                turn.Send(ResultsReplies.Instructions(turn.Input.ChannelHasCards));
                turn.Send(new Reply { Text = ResultsTexts.EntryChoose.German, Actions = [Action(state, ResultsTexts.EntryStepwiseButton, StepwiseVerb), Action(state, FlowTexts.Cancel, CancelVerb)] });
                break;
            case ResultsEntryStep.Next:
                turn.Send(new Reply
                {
                    Title = Title,
                    Text = ResultsTexts.EntryWhatNext.Format(Number(state, GroupKey), Number(state, SectionKey)),
                    Actions =
                    [
                        Action(state, ResultsTexts.EntryMoreItemsButton, ItemsVerb), Action(state, ResultsTexts.EntryNextSectionButton, SectionVerb),
                        Action(state, ResultsTexts.EntryNextGroupButton, GroupVerb), Action(state, ResultsTexts.PreviewButton, PreviewVerb),
                        Action(state, ResultsTexts.EntryBackButton, BackVerb), Action(state, FlowTexts.Cancel, CancelVerb),
                    ],
                });
                break;
            case ResultsEntryStep.Preview:
                ShowPreview(turn, state.Values.GetValueOrDefault(ProtocolKey) ?? "", state);
                break;
            default:
                if (turn.Input.ChannelHasCards) SendForm(turn, state, new Dictionary<string, string>(), new Dictionary<string, string>());
                else Ask(turn, state);
                break;
        }
    }

    private static ReplyAction Action(FlowState state, Text label, string verb) =>
        new(label.German, verb, new Dictionary<string, string> { [FormFlow.DraftKey] = state.Draft });

    private void SendForm(FeatureTurn turn, FlowState state, IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string> values)
    {
        var inputs = fields.For(Step(state)).Select(field => new FormInput(field.Id, field.Label, field.Kind)
        {
            Required = field.Required,
            Placeholder = field.Placeholder,
            Value = values.GetValueOrDefault(field.Id),
            Error = errors.GetValueOrDefault(field.Id),
        }).ToList();
        turn.Send(new Reply
        {
            Title = StepTitle(state),
            Text = StepHint(state),
            Form = new ReplyForm(SubmitVerb, ResultsTexts.EntryNextButton.German, inputs)
            {
                SecondaryAction = Action(state, ResultsTexts.EntryBackButton, BackVerb),
                Data = new Dictionary<string, string> { [FormFlow.DraftKey] = state.Draft, [StepKey] = state.Step.ToString(CultureInfo.InvariantCulture) },
            },
        });
    }

    /// <summary>Text channels: one input at a time, with „zurück“ and „abbrechen“ as numbered buttons.</summary>
    private void Ask(FeatureTurn turn, FlowState state)
    {
        var inputs = fields.For(Step(state));
        var index = Math.Min(state.Values.Keys.Count(key => key.StartsWith(AnswerPrefix, StringComparison.Ordinal)), inputs.Count - 1);
        var field = inputs[index];
        var lines = new List<string> { StepTitle(state), $"**{field.Label}**", field.Prompt };
        if (!field.Required) lines.Add(FlowTexts.SkipHint.German);
        turn.Send(new Reply { Text = string.Join("\n\n", lines), Actions = [Action(state, ResultsTexts.EntryBackButton, BackVerb), Action(state, FlowTexts.Cancel, CancelVerb)] });
    }

    private string StepTitle(FlowState state) => Step(state) switch
    {
        ResultsEntryStep.Meeting => ResultsTexts.EntryMeetingTitle.German,
        ResultsEntryStep.Section => ResultsTexts.EntrySectionTitle.Format(ProtocolWriter.Roman(Number(state, GroupKey)), Number(state, SectionKey) + 1),
        _ => ResultsTexts.EntryItemsTitle.Format(ProtocolWriter.Roman(Number(state, GroupKey)), Number(state, SectionKey)),
    };

    private static string? StepHint(FlowState state) =>
        Step(state) == ResultsEntryStep.Items && state.Values.GetValueOrDefault(OfficeKey) == "1" ? ResultsTexts.EntryOfficeNeeded.German : null;

    /// <summary>The preview of a pasted protocol, with „Speichern“; from the step-by-step entry also with „Zurück“.</summary>
    private void ShowPreview(FeatureTurn turn, string protocol, FlowState? back)
    {
        var import = parser.Parse(protocol);
        if (!import.Succeeded)
        {
            turn.Send(ResultsReplies.Problems(import.Problems));
            if (back is not null) MoveTo(turn, back, ResultsEntryStep.Next);
            return;
        }
        var preview = ResultsReplies.Preview(import.Results!, classifier.Count(import.Results!), new StoreResults(protocol));
        turn.Send(back is null ? preview : preview with { Actions = [.. preview.Actions, Action(back, ResultsTexts.EntryBackButton, BackVerb), Action(back, FlowTexts.Cancel, CancelVerb)] });
    }
}
