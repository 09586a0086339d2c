using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>What requesters see of their own requests, in the language they wrote: updates, "Meine Anfragen", details.</summary>
public sealed class RequesterCards(CategoryCatalog categories)
{
    public Reply Update(SupportRequest request, RequestTransition transition)
    {
        var texts = RequestsTexts.For(request.IsEnglish);
        var actor = SafeText.Escape(transition.Actor?.Name ?? "LKS");
        var lines = transition.Kind switch
        {
            TransitionKind.Claimed => [string.Format(texts.UpdateClaimed, actor)],
            TransitionKind.Assigned => [string.Format(texts.UpdateAssigned, SafeText.Escape(request.Assignee?.Name ?? ""))],
            TransitionKind.Answered => [string.Format(texts.UpdateAnswered, actor), SafeText.Escape(transition.Comment)],
            TransitionKind.Finished when request.Answer is { } answer => [texts.UpdateFinishedWithAnswer, SafeText.Escape(answer)],
            TransitionKind.Finished => [texts.UpdateFinished],
            _ => new List<string> { texts.UpdateRejected, SafeText.Escape(request.Answer) },
        };
        lines.Add(string.Format(texts.UpdateFooter, SafeText.Escape(SafeText.Shorten(request.Description, 160))));
        return new Reply
        {
            Title = string.Format(texts.UpdateTitle, request.Number),
            Text = string.Join("\n\n", lines),
            Actions = [new(texts.MyRequestsButton, QueueFeature.MineVerb)],
        };
    }

    public Reply List(IReadOnlyList<SupportRequest> requests, bool english)
    {
        var texts = RequestsTexts.For(english);
        if (requests.Count == 0)
            return new Reply { Title = texts.MyRequestsTitle, Text = texts.MyRequestsEmpty, Actions = [new(texts.NewRequestButton, Intake.IntakeFlow.StartVerb)] };
        var lines = requests.Select(request =>
            string.Format(texts.MyRequestsLine, request.Number, texts.StateName(request.State), Title(request), GermanTime.Date(request.CreatedAt))
            + "\n" + SafeText.Escape(SafeText.Shorten(request.Description, 120)));
        return new Reply
        {
            Title = texts.MyRequestsTitle,
            Text = string.Join("\n\n", lines.Append(string.Format(texts.MyRequestsHint, requests[0].Number.Short))),
            Actions = [new(texts.NewRequestButton, Intake.IntakeFlow.StartVerb)],
        };
    }

    public Reply Details(SupportRequest request, IReadOnlyList<RequestTransition> history, bool english)
    {
        var texts = RequestsTexts.For(english);
        var facts = new List<ReplyFact>
        {
            new(texts.FactState, texts.StateName(request.State)),
            new(texts.FactCategory, Title(request)),
            new(texts.FactRegion, request.Region),
            new(texts.FactUrgency, texts.UrgencyName(request.Urgency)),
        };
        if (request.PreferredDate is { } date) facts.Add(new(texts.FactDate, GermanTime.Date(date)));
        facts.Add(new(texts.FactCreated, GermanTime.DateAndTime(request.CreatedAt)));
        if (request.Assignee is { } assignee) facts.Add(new(texts.FactAssignee, SafeText.Escape(assignee.Name)));
        if (request.Answer is { } answer) facts.Add(new(request.State == RequestState.Rejected ? texts.FactReason : texts.FactAnswer, SafeText.Escape(answer)));
        var historyLines = history.Select(entry => $"- {GermanTime.DateAndTime(entry.At)} – {texts.HistoryName(entry)}");
        return new Reply
        {
            Title = string.Format(texts.DetailsTitle, request.Number),
            Text = SafeText.Escape(request.Description) + "\n\n**" + texts.HistoryTitle + "**\n" + string.Join("\n", historyLines),
            Facts = facts,
            Actions = [new(texts.MyRequestsButton, QueueFeature.MineVerb)],
        };
    }

    private string Title(SupportRequest request) => categories.ById(request.CategoryId)?.Title ?? request.CategoryId;
}
