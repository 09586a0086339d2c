using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>What requesters see of their own requests, in the language they wrote: updates, "Meine Anfragen", details.</summary>
public sealed class RequesterCards(CategoryCatalog categories)
{
    public Reply Update(SupportRequest request, RequestTransition transition)
    {
        var english = request.IsEnglish;
        var actor = SafeText.Escape(transition.Actor?.Name ?? "LKS");
        var lines = transition.Kind switch
        {
            TransitionKind.Claimed => [RequestsTexts.UpdateClaimed.Format(english, actor)],
            TransitionKind.Assigned => [RequestsTexts.UpdateAssigned.Format(english, SafeText.Escape(request.Assignee?.Name ?? ""))],
            TransitionKind.Answered => [RequestsTexts.UpdateAnswered.Format(english, actor), SafeText.Escape(transition.Comment)],
            TransitionKind.Finished when request.Answer is { } answer => [RequestsTexts.UpdateFinishedWithAnswer.In(english), SafeText.Escape(answer)],
            TransitionKind.Finished => [RequestsTexts.UpdateFinished.In(english)],
            _ => new List<string> { RequestsTexts.UpdateRejected.In(english), SafeText.Escape(request.Answer) },
        };
        lines.Add(RequestsTexts.UpdateFooter.Format(english, SafeText.Escape(SafeText.Shorten(request.Description, 160))));
        var actions = new List<ReplyAction>();
        if (!request.IsOpen) actions.AddRange([ReopenButton(request, english), RateButton(request, english)]);
        actions.Add(new(RequestsTexts.MyRequestsButton.In(english), QueueFeature.MineVerb));
        return new Reply
        {
            Title = RequestsTexts.UpdateTitle.Format(english, request.Number),
            Text = string.Join("\n\n", lines),
            Actions = actions,
        };
    }

    public Reply List(IReadOnlyList<SupportRequest> requests, bool english)
    {
        if (requests.Count == 0)
            return new Reply { Title = RequestsTexts.MyRequestsTitle.In(english), Text = RequestsTexts.MyRequestsEmpty.In(english), Actions = [CardActions.Button(RequestsTexts.NewRequestButton.In(english), new Intake.StartRequest())] };
        var lines = requests.Select(request =>
            RequestsTexts.MyRequestsLine.Format(english, request.Number, RequestsTexts.StateName(request.State).In(english), Title(request), GermanTime.Date(request.CreatedAt))
            + "\n" + SafeText.Escape(SafeText.Shorten(request.Description, 120)));
        return new Reply
        {
            Title = RequestsTexts.MyRequestsTitle.In(english),
            Text = string.Join("\n\n", lines.Append(RequestsTexts.MyRequestsHint.Format(english, requests[0].Number.Short))),
            Actions = [CardActions.Button(RequestsTexts.NewRequestButton.In(english), new Intake.StartRequest())],
        };
    }

    public Reply Details(SupportRequest request, IReadOnlyList<RequestTransition> history, bool english)
    {
        var facts = new List<ReplyFact>
        {
            new(RequestsTexts.FactState.In(english), RequestsTexts.StateName(request.State).In(english)),
            new(RequestsTexts.FactCategory.In(english), Title(request)),
            new(RequestsTexts.FactRegion.In(english), request.Region),
            new(RequestsTexts.FactUrgency.In(english), RequestsTexts.UrgencyName(request.Urgency).In(english)),
        };
        if (request.PreferredDate is { } date) facts.Add(new(RequestsTexts.FactDate.In(english), GermanTime.Date(date)));
        facts.Add(new(RequestsTexts.FactCreated.In(english), GermanTime.DateAndTime(request.CreatedAt)));
        if (request.Assignee is { } assignee) facts.Add(new(RequestsTexts.FactAssignee.In(english), SafeText.Escape(assignee.Name)));
        if (request.Answer is { } answer) facts.Add(new(request.State == RequestState.Rejected ? RequestsTexts.FactReason.In(english) : RequestsTexts.FactAnswer.In(english), SafeText.Escape(answer)));
        var historyLines = history.Where(entry => entry.Kind != TransitionKind.Noted).Select(entry => $"- {GermanTime.DateAndTime(entry.At)} – {RequestsTexts.HistoryName(entry, english)}");
        return new Reply
        {
            Title = RequestsTexts.DetailsTitle.Format(english, request.Number),
            Text = SafeText.Escape(request.Description) + "\n\n**" + RequestsTexts.HistoryTitle.In(english) + "**\n" + string.Join("\n", historyLines),
            Facts = facts,
            Actions = [new(RequestsTexts.MyRequestsButton.In(english), QueueFeature.MineVerb)],
        };
    }

    /// <summary>„Hat nicht geholfen“ on the closing message; typed on text channels as "#42 hat nicht geholfen".</summary>
    public static ReplyAction ReopenButton(SupportRequest request, bool english) =>
        CardActions.Button(RequestsTexts.ReopenButton.In(english), new ReopenRequest(request.Number)) with
        {
            TypedCommand = RequestsTexts.ReopenTyped.Format(english, request.Number.Short),
        };

    /// <summary>„Bewerten“ on the closing message: the rating form on Teams; typed on text channels as "#42 bewerten 5 …".</summary>
    public static ReplyAction RateButton(SupportRequest request, bool english) =>
        CardActions.Button(RequestsTexts.RateButton.In(english), new RateRequest(request.Number)) with
        {
            TypedCommand = RequestsTexts.RateTyped.Format(english, request.Number.Short),
        };

    /// <summary>1–5 as a choice and an optional comment; the request travels as a one-choice input (form submits carry only inputs).</summary>
    public static Reply RatingForm(SupportRequest request, bool english)
    {
        var number = request.Number.ToString();
        var stars = Enumerable.Range(1, 5).Reverse().Select(count => new FormChoice(count switch
        {
            5 => RequestsTexts.RateStarsHigh.In(english),
            1 => RequestsTexts.RateStarsLow.In(english),
            _ => RequestsTexts.RateStarsChoice.Format(english, count),
        }, count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return new Reply
        {
            Title = RequestsTexts.RateFormTitle.Format(english, number),
            Text = SafeText.Escape(SafeText.Shorten(request.Description, 300)),
            Form = new ReplyForm(SubmitRating.Verb, RequestsTexts.RateSend.In(english),
            [
                new FormInput(LksCards.NumberKey, RequestsTexts.FormRequest.German, FormInputKind.Choice) { Choices = [new(number, number)], Value = number, Required = true },
                new FormInput(SubmitRating.StarsKey, RequestsTexts.RateStarsLabel.In(english), FormInputKind.Choice) { Choices = stars, Required = true },
                new FormInput(LksCards.TextKey, RequestsTexts.RateCommentLabel.In(english), FormInputKind.MultilineText),
            ]),
        };
    }

    private string Title(SupportRequest request) => categories.ById(request.CategoryId)?.Title ?? request.CategoryId;
}
