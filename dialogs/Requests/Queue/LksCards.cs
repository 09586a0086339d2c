using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// What the LKS sees of a request: the channel card (also the details in chat), the queue list, the small
/// forms behind Antworten / Erledigt / Ablehnen. Without consent the text is the redacted one and no name shows.
/// </summary>
public sealed class LksCards(CategoryCatalog categories, TimeProvider clock, ServiceLevels.ServiceLevels serviceLevels, HolderProposal proposals)
{
    public const string NumberKey = "number";
    public const string TextKey = "text";
    private const int QueueLines = 15;
    private const int DetailButtons = 5;


    public string CategoryTitle(string id) => categories.ById(id)?.Title ?? id;

    /// <param name="away">Current absences: a holder who is away shows with their substitute.</param>
    /// <param name="forLead">The LKS lead in a personal chat: a confidential request shows its text. Everyone else (the
    /// channel, the rest of the LKS) sees of it number, category, region, state and due date only.</param>
    public Reply Card(SupportRequest request, IReadOnlyList<RequestTransition>? history = null, IReadOnlyList<LksAbsence>? away = null, bool forLead = false)
    {
        var hidden = request.Confidential && !forLead;
        var text = SafeText.Escape(forLead ? request.TextForLead : request.TextForLks);
        if (history is { Count: > 0 }) text += "\n\n**" + RequestsTexts.HistoryTitle.German + "**\n" + HistoryLines(history, hidden);
        return new Reply
        {
            Title = $"{request.Number} · {CategoryTitle(request.CategoryId)}" + (request.Urgency == Urgency.Urgent ? " · " + RequestsTexts.UrgentMark.German : "")
                + (request.Confidential ? " · " + RequestsTexts.ConfidentialMark.German : ""),
            Text = text,
            Facts = hidden ? HiddenFacts(request, away) : Facts(request, away),
            Actions = Actions(request),
        };
    }

    public Reply Removed(SupportRequest request) => new()
    {
        Title = RequestsTexts.RemovedTitle.Format(request.Number),
        Text = RequestsTexts.Removed.German,
        Facts = [new(RequestsTexts.FactCategory.German, CategoryTitle(request.CategoryId)), new(RequestsTexts.FactRegion.German, request.Region)],
    };

    public Reply AssignedToYou(SupportRequest request, RequestActor? by) => Card(request) with
    {
        Title = RequestsTexts.AssignedToYouTitle.Format(request.Number),
        Text = RequestsTexts.AssignedToYou.Format(SafeText.Escape(by?.Name ?? ""), request.Number) + "\n\n" + SafeText.Escape(request.TextForLks),
    };

    /// <summary>To whoever had a request the requester reopened („Hat nicht geholfen“), with their words if any.</summary>
    public Reply Reopened(SupportRequest request, RequestTransition transition)
    {
        var text = RequestsTexts.ReopenedForLks.Format(request.Number);
        if (transition.Comment is { } comment && !request.Confidential) text += "\n\n„" + SafeText.Escape(comment) + "“";
        return Card(request) with { Title = RequestsTexts.ReopenedForLksTitle.Format(request.Number), Text = text + "\n\n" + SafeText.Escape(request.TextForLks) };
    }

    public Reply Queue(IReadOnlyList<SupportRequest> requests, IReadOnlyList<string> filter, IReadOnlyList<LksAbsence>? away = null, bool forLead = false)
    {
        var lines = new List<string> { RequestsTexts.QueueFilter.Format(string.Join(", ", filter)) };
        if (requests.Count == 0) lines.Add(RequestsTexts.QueueEmpty.German);
        lines.AddRange(requests.Take(QueueLines).Select(request => QueueLine(request, away, forLead)));
        if (requests.Count > QueueLines) lines.Add(RequestsTexts.QueueMore.Format(requests.Count - QueueLines));
        if (requests.Count > 0) lines.Add(RequestsTexts.QueueHint.German);
        return new Reply
        {
            Title = RequestsTexts.QueueTitle.Format(RequestsTexts.QueueCount.Format(requests.Count)),
            Text = string.Join("\n\n", lines),
            Actions = requests.Take(DetailButtons)
                .Select(request => new ReplyAction(request.Number.Short, QueueFeature.ShowVerb, NumberData(request)) { TypedCommand = request.Number.Short })
                .ToList(),
        };
    }

    /// <summary>The form behind a card button; the request travels as a one-choice input, since form submits carry only inputs.</summary>
    public Reply Form(TransitionKind kind, SupportRequest request)
    {
        var (title, label, verb, required) = kind switch
        {
            TransitionKind.Answered => (RequestsTexts.AnswerFormTitle.German, RequestsTexts.AnswerFormLabel.German, QueueActions.AnswerSubmitVerb, true),
            TransitionKind.Rejected => (RequestsTexts.RejectFormTitle.German, RequestsTexts.RejectFormLabel.German, QueueActions.RejectSubmitVerb, true),
            _ => (RequestsTexts.FinishFormTitle.German, RequestsTexts.FinishFormLabel.German, QueueActions.FinishSubmitVerb, false),
        };
        var number = request.Number.ToString();
        return new Reply
        {
            Title = string.Format(title, request.Number),
            Text = SafeText.Escape(SafeText.Shorten(request.TextForLks, 300)),
            Form = new ReplyForm(verb, FlowTexts.Confirm.German,
            [
                new FormInput(NumberKey, RequestsTexts.FormRequest.German, FormInputKind.Choice) { Choices = [new(number, number)], Value = number, Required = true },
                new FormInput(TextKey, label, FormInputKind.MultilineText) { Required = required },
            ]),
        };
    }

    public static IReadOnlyDictionary<string, string> NumberData(SupportRequest request) =>
        new Dictionary<string, string> { [NumberKey] = request.Number.ToString() };

    private List<ReplyFact> Facts(SupportRequest request, IReadOnlyList<LksAbsence>? away)
    {
        var facts = new List<ReplyFact>
        {
            new(RequestsTexts.FactState.German, State(request, away)),
            new(RequestsTexts.FactRegion.German, request.Region),
            new(RequestsTexts.FactUrgency.German, RequestsTexts.UrgencyName(request.Urgency).German),
        };
        if (request.PreferredDate is { } date) facts.Add(new(RequestsTexts.FactDate.German, GermanTime.Date(date)));
        facts.Add(new(RequestsTexts.FactCreated.German, GermanTime.DateAndTime(request.CreatedAt)));
        if (serviceLevels.TimeLeft(request, clock.GetUtcNow()) is { } due) facts.Add(new(ServiceLevels.ServiceLevelTexts.FactDue.German, due));
        if (proposals.For(request) is { } proposal)
            facts.Add(new(RequestsTexts.FactProposal.German, RequestsTexts.ProposalFact.Format(SafeText.Escape(proposal.Person.Name), SafeText.Escape(proposal.Topic))));
        facts.Add(new(RequestsTexts.FactRequester.German, request.RequesterName is { } name ? SafeText.Escape(name) : RequestsTexts.RequesterHidden.German));
        if (request.Links.Count > 0) facts.Add(new(RequestsTexts.FactLinks.German, string.Join(", ", request.Links)));
        if (request.Answer is { } answer) facts.Add(new(request.State == RequestState.Rejected ? RequestsTexts.FactReason.German : RequestsTexts.FactAnswer.German, SafeText.Escape(answer)));
        return facts;
    }

    /// <summary>A confidential request for anyone but the lead: who has it and when it is due, nothing of its content or requester.</summary>
    private List<ReplyFact> HiddenFacts(SupportRequest request, IReadOnlyList<LksAbsence>? away)
    {
        var facts = new List<ReplyFact> { new(RequestsTexts.FactState.German, State(request, away)), new(RequestsTexts.FactRegion.German, request.Region) };
        if (serviceLevels.TimeLeft(request, clock.GetUtcNow()) is { } due) facts.Add(new(ServiceLevels.ServiceLevelTexts.FactDue.German, due));
        return facts;
    }

    private static string State(SupportRequest request, IReadOnlyList<LksAbsence>? away = null) =>
        request.State == RequestState.InProgress && request.Assignee is { } assignee
            ? RequestsTexts.StateInProgressBy.Format(Holder(assignee, away))
            : RequestsTexts.StateName(request.State).German;

    /// <summary>„Anna Schmidt (abwesend bis 19.12.2026, Vertretung: Ben Weber)“ while the holder is away.</summary>
    private static string Holder(RequestActor assignee, IReadOnlyList<LksAbsence>? away) =>
        away is not null && LksAbsences.Of(away, assignee) is { } absence
            ? Absence.AbsenceTexts.Held.Format(SafeText.Escape(assignee.Name), GermanTime.Date(absence.Until), SafeText.Escape(absence.Substitute.Name))
            : SafeText.Escape(assignee.Name);

    private List<ReplyAction> Actions(SupportRequest request)
    {
        if (!request.IsOpen) return [];
        var data = NumberData(request);
        var actions = new List<ReplyAction>();
        if (request.State == RequestState.New) actions.Add(new(RequestsTexts.ButtonClaim.German, QueueActions.ClaimVerb, data));
        if (proposals.For(request) is { } proposal)
            actions.Add(CardActions.Button(RequestsTexts.ButtonAcceptProposal.Format(proposal.Person.Name), new AcceptProposal(request.Number)));
        actions.Add(new(RequestsTexts.ButtonAnswer.German, QueueActions.AnswerVerb, data));
        actions.Add(new(RequestsTexts.ButtonFinish.German, QueueActions.FinishVerb, data));
        actions.Add(new(RequestsTexts.ButtonReject.German, QueueActions.RejectVerb, data));
        return actions;
    }

    private string QueueLine(SupportRequest request, IReadOnlyList<LksAbsence>? away, bool forLead)
    {
        var line = RequestsTexts.QueueLine.Format(request.Number.Short, State(request, away), request.Region, CategoryTitle(request.CategoryId), Age(request.CreatedAt));
        if (request.Urgency == Urgency.Urgent) line += " · " + RequestsTexts.UrgentMark.German;
        if (serviceLevels.TimeLeft(request, clock.GetUtcNow()) is { } due) line += " · " + due;
        if (request.Confidential) line += " · " + RequestsTexts.ConfidentialMark.German;
        return line + "\n" + SafeText.Escape(SafeText.Shorten(forLead ? request.TextForLead : request.TextForLks, 120));
    }

    private string Age(DateTimeOffset createdAt) => GermanTime.DaysBetween(createdAt, clock.GetUtcNow()) switch
    {
        <= 0 => RequestsTexts.AgeToday.German,
        1 => RequestsTexts.AgeOneDay.German,
        var days => string.Format(CultureInfo.InvariantCulture, RequestsTexts.AgeDays.German, days),
    };

    /// <param name="hidden">A confidential request seen by anyone but the lead: what happened and who did it, without the words.</param>
    private static string HistoryLines(IReadOnlyList<RequestTransition> history, bool hidden) => string.Join("\n", history.Select(entry =>
    {
        // The requester's own steps (filed, reopened, rated) name nobody when the request is confidential.
        var requesterStep = entry.Kind is TransitionKind.Created or TransitionKind.Reopened or TransitionKind.Rated;
        var actor = hidden && requesterStep ? null : entry.Actor?.Name;
        var line = $"- {GermanTime.DateAndTime(entry.At)} – {RequestsTexts.HistoryName(entry, english: false)} ({SafeText.Escape(actor ?? RequestsTexts.Requester.German)})";
        var comment = entry.Kind switch
        {
            _ when hidden => null,
            TransitionKind.Assigned => null,
            TransitionKind.Rated => RequestRating.Parse(entry.Comment)?.Comment,
            _ => entry.Comment,
        };
        return comment is not null ? line + ": " + SafeText.Escape(SafeText.Shorten(comment, 200)) : line;
    }));
}
