using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// What the LKS sees of a request: the channel card (also the details in chat), the queue list, the small
/// forms behind Antworten / Erledigt / Ablehnen. Without consent the text is the redacted one and no name shows.
/// </summary>
public sealed class LksCards(CategoryCatalog categories, TimeProvider clock, ServiceLevels.ServiceLevels serviceLevels)
{
    public const string NumberKey = "number";
    public const string TextKey = "text";
    private const int QueueLines = 15;
    private const int DetailButtons = 5;

    private static RequestsTexts T => RequestsTexts.German;

    public string CategoryTitle(string id) => categories.ById(id)?.Title ?? id;

    public Reply Card(SupportRequest request, IReadOnlyList<RequestTransition>? history = null)
    {
        var text = SafeText.Escape(request.TextForLks);
        if (history is { Count: > 0 }) text += "\n\n**" + T.HistoryTitle + "**\n" + HistoryLines(history);
        return new Reply
        {
            Title = $"{request.Number} · {CategoryTitle(request.CategoryId)}" + (request.Urgency == Urgency.Urgent ? " · " + T.UrgentMark : ""),
            Text = text,
            Facts = Facts(request),
            Actions = Actions(request),
        };
    }

    public Reply Removed(SupportRequest request) => new()
    {
        Title = string.Format(T.RemovedTitle, request.Number),
        Text = T.Removed,
        Facts = [new(T.FactCategory, CategoryTitle(request.CategoryId)), new(T.FactRegion, request.Region)],
    };

    public Reply AssignedToYou(SupportRequest request, RequestActor? by) => Card(request) with
    {
        Title = string.Format(T.AssignedToYouTitle, request.Number),
        Text = string.Format(T.AssignedToYou, SafeText.Escape(by?.Name ?? ""), request.Number) + "\n\n" + SafeText.Escape(request.TextForLks),
    };

    public Reply Queue(IReadOnlyList<SupportRequest> requests, IReadOnlyList<string> filter)
    {
        var lines = new List<string> { string.Format(T.QueueFilter, string.Join(", ", filter)) };
        if (requests.Count == 0) lines.Add(T.QueueEmpty);
        lines.AddRange(requests.Take(QueueLines).Select(QueueLine));
        if (requests.Count > QueueLines) lines.Add(string.Format(T.QueueMore, requests.Count - QueueLines));
        if (requests.Count > 0) lines.Add(T.QueueHint);
        return new Reply
        {
            Title = string.Format(T.QueueTitle, string.Format(T.QueueCount, requests.Count)),
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
            TransitionKind.Answered => (T.AnswerFormTitle, T.AnswerFormLabel, QueueActions.AnswerSubmitVerb, true),
            TransitionKind.Rejected => (T.RejectFormTitle, T.RejectFormLabel, QueueActions.RejectSubmitVerb, true),
            _ => (T.FinishFormTitle, T.FinishFormLabel, QueueActions.FinishSubmitVerb, false),
        };
        var number = request.Number.ToString();
        return new Reply
        {
            Title = string.Format(title, request.Number),
            Text = SafeText.Escape(SafeText.Shorten(request.TextForLks, 300)),
            Form = new ReplyForm(verb, T.Send,
            [
                new FormInput(NumberKey, T.FormRequest, FormInputKind.Choice) { Choices = [new(number, number)], Value = number, Required = true },
                new FormInput(TextKey, label, FormInputKind.MultilineText) { Required = required },
            ]),
        };
    }

    public static IReadOnlyDictionary<string, string> NumberData(SupportRequest request) =>
        new Dictionary<string, string> { [NumberKey] = request.Number.ToString() };

    private List<ReplyFact> Facts(SupportRequest request)
    {
        var facts = new List<ReplyFact>
        {
            new(T.FactState, State(request)),
            new(T.FactRegion, request.Region),
            new(T.FactUrgency, T.UrgencyName(request.Urgency)),
        };
        if (request.PreferredDate is { } date) facts.Add(new(T.FactDate, GermanTime.Date(date)));
        facts.Add(new(T.FactCreated, GermanTime.DateAndTime(request.CreatedAt)));
        if (serviceLevels.TimeLeft(request, clock.GetUtcNow()) is { } due) facts.Add(new(ServiceLevels.ServiceLevelTexts.FactDue, due));
        facts.Add(new(T.FactRequester, request.RequesterName is { } name ? SafeText.Escape(name) : T.RequesterHidden));
        if (request.Links.Count > 0) facts.Add(new(T.FactLinks, string.Join(", ", request.Links)));
        if (request.Answer is { } answer) facts.Add(new(request.State == RequestState.Rejected ? T.FactReason : T.FactAnswer, SafeText.Escape(answer)));
        return facts;
    }

    private static string State(SupportRequest request) =>
        request.State == RequestState.InProgress && request.Assignee is { } assignee
            ? string.Format(T.StateInProgressBy, SafeText.Escape(assignee.Name))
            : T.StateName(request.State);

    private static List<ReplyAction> Actions(SupportRequest request)
    {
        if (!request.IsOpen) return [];
        var data = NumberData(request);
        var actions = new List<ReplyAction>();
        if (request.State == RequestState.New) actions.Add(new(T.ButtonClaim, QueueActions.ClaimVerb, data));
        actions.Add(new(T.ButtonAnswer, QueueActions.AnswerVerb, data));
        actions.Add(new(T.ButtonFinish, QueueActions.FinishVerb, data));
        actions.Add(new(T.ButtonReject, QueueActions.RejectVerb, data));
        return actions;
    }

    private string QueueLine(SupportRequest request)
    {
        var line = string.Format(T.QueueLine, request.Number.Short, State(request), request.Region, CategoryTitle(request.CategoryId), Age(request.CreatedAt));
        if (request.Urgency == Urgency.Urgent) line += " · " + T.UrgentMark;
        if (serviceLevels.TimeLeft(request, clock.GetUtcNow()) is { } due) line += " · " + due;
        return line + "\n" + SafeText.Escape(SafeText.Shorten(request.TextForLks, 120));
    }

    private string Age(DateTimeOffset createdAt) => GermanTime.DaysBetween(createdAt, clock.GetUtcNow()) switch
    {
        <= 0 => T.AgeToday,
        1 => T.AgeOneDay,
        var days => string.Format(CultureInfo.InvariantCulture, T.AgeDays, days),
    };

    private static string HistoryLines(IReadOnlyList<RequestTransition> history) => string.Join("\n", history.Select(entry =>
    {
        var line = $"- {GermanTime.DateAndTime(entry.At)} – {T.HistoryName(entry)} ({SafeText.Escape(entry.Actor?.Name ?? T.Requester)})";
        return entry.Comment is { } comment && entry.Kind != TransitionKind.Assigned ? line + ": " + SafeText.Escape(SafeText.Shorten(comment, 200)) : line;
    }));
}
