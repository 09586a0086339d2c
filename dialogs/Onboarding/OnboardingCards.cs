using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Requests.Intake;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>The replies of the onboarding: offer, start, step card, status, reset question, "Frage dazu" and the reminder.</summary>
public sealed class OnboardingCards(OnboardingPath path, IArticleTitles articles, OnboardingOptions options)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public int ReminderAfterDays => options.ReminderAfterDays;

    public Reply Offer() => new()
    {
        Title = OnboardingTexts.OfferTitle,
        Text = string.Format(OnboardingTexts.Offer, path.Count, Duration(path.TotalMinutes)),
        Actions = [new(OnboardingTexts.OfferStart, OnboardingVerbs.Start), new(OnboardingTexts.OfferLater, OnboardingVerbs.OfferLater)],
    };

    public Reply Welcome() => new()
    {
        Title = OnboardingTexts.StartTitle,
        Text = string.Join("\n\n", string.Format(OnboardingTexts.StartText, path.Count, Duration(path.TotalMinutes)),
            string.Format(OnboardingTexts.StartReminderNote, options.ReminderAfterDays), OnboardingTexts.ShareQuestion),
        Actions = [new(OnboardingTexts.ShareOnButton, OnboardingVerbs.ShareOn)],
    };

    public Reply Step(OnboardingStep step, OnboardingProgress progress)
    {
        var parts = new List<string> { step.Body, CheckLine(step.Check) };
        if (progress.Done.TryGetValue(step.Id, out var doneAt)) parts.Add(string.Format(OnboardingTexts.AlreadyDone, Date(doneAt)));
        var actions = new List<ReplyAction>
        {
            StepAction(OnboardingTexts.DoneButton, OnboardingVerbs.Done, step),
            StepAction(OnboardingTexts.LaterButton, OnboardingVerbs.Later, step),
            StepAction(OnboardingTexts.QuestionButton, OnboardingVerbs.Question, step),
        };
        actions.AddRange(ArticleActions(step));
        return new Reply
        {
            Title = string.Format(OnboardingTexts.StepTitle, path.NumberOf(step), path.Count, step.Title),
            Text = string.Join("\n\n", parts),
            Facts =
            [
                new(OnboardingTexts.MinutesLabel, string.Format(OnboardingTexts.MinutesValue, step.Minutes)),
                new(OnboardingTexts.ProgressLabel, $"{ProgressBar.Draw(path.DoneCount(progress), path.Count)} {path.DoneCount(progress)}/{path.Count}"),
            ],
            Actions = actions,
            Links = step.Links,
            Note = step.IsSample ? OnboardingTexts.SampleNote : null,
        };
    }

    public Reply Done(OnboardingStep step, OnboardingProgress progress)
    {
        var text = string.Format(OnboardingTexts.DoneReply, step.Title, path.DoneCount(progress), path.Count);
        if (step.Check.Answer is { } answer) text += "\n\n" + string.Format(OnboardingTexts.AnswerHint, answer);
        return Reply.Plain(text);
    }

    public Reply Status(OnboardingProgress progress)
    {
        var lines = new List<string> { ProgressBar.Describe(path.DoneCount(progress), path.Count) };
        lines.Add(string.Join("\n", path.Steps.Select(step => string.Format(
            progress.IsDone(step.Id) ? OnboardingTexts.StatusDoneLine : OnboardingTexts.StatusOpenLine, path.NumberOf(step), step.Title))));
        var next = path.NextOpen(progress);
        lines.Add(next is null ? OnboardingTexts.StatusComplete : string.Format(OnboardingTexts.StatusNext, next.Title, next.Minutes));
        if (next is not null) lines.Add(OnboardingTexts.StepNumberHint);
        if (progress.RemindersOff) lines.Add(OnboardingTexts.StatusRemindersOff);
        if (progress.SharesProgress) lines.Add(OnboardingTexts.StatusShared);
        return new Reply { Title = OnboardingTexts.StatusTitle, Text = string.Join("\n\n", lines), Actions = StatusActions(progress, next) };
    }

    public Reply NotStarted() => new()
    {
        Title = OnboardingTexts.StatusTitle,
        Text = OnboardingTexts.NotStarted,
        Actions = [new(OnboardingTexts.StartButton, OnboardingVerbs.Start)],
    };

    public Reply ResetQuestion(OnboardingProgress progress) => new()
    {
        Title = OnboardingTexts.StatusTitle,
        Text = string.Format(OnboardingTexts.ResetQuestion, path.DoneCount(progress)),
        Actions = [new(OnboardingTexts.ResetConfirm, OnboardingVerbs.ResetConfirm), new(OnboardingTexts.ResetCancel, OnboardingVerbs.ResetCancel)],
    };

    /// <summary>"Frage dazu": the step's articles, a search with the step's topic, and the way to the LKS.</summary>
    public Reply Question(OnboardingStep step)
    {
        var actions = new List<ReplyAction>
        {
            CardActions.Button(OnboardingTexts.SearchButton, new AskQuestion(step.Title)),
            new(OnboardingTexts.AskLksButton, IntakeFlow.StartVerb, new Dictionary<string, string>
            {
                ["topic"] = step.Id,
                ["context"] = string.Format(OnboardingTexts.RequestContext, step.Title),
            }),
        };
        actions.AddRange(ArticleActions(step));
        return new Reply { Title = string.Format(OnboardingTexts.QuestionTitle, step.Title), Text = OnboardingTexts.QuestionText, Actions = actions };
    }

    public Reply Reminder(OnboardingProgress progress, OnboardingStep next) => new()
    {
        Title = OnboardingTexts.ReminderTitle,
        Text = string.Format(OnboardingTexts.ReminderText, path.DoneCount(progress), path.Count, next.Title, next.Minutes),
        Actions = [new(OnboardingTexts.ContinueButton, OnboardingVerbs.Next), new(OnboardingTexts.ReminderOffButton, OnboardingVerbs.RemindersOff)],
        Note = OnboardingTexts.ReminderOffNote,
    };

    public string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).ToString("d. MMMM yyyy", German);

    private List<ReplyAction> StatusActions(OnboardingProgress progress, OnboardingStep? next)
    {
        var actions = new List<ReplyAction>();
        if (next is null) return actions;
        actions.Add(new(OnboardingTexts.ContinueButton, OnboardingVerbs.Next));
        // Other open steps as buttons, so steps can be taken out of order without typing.
        actions.AddRange(path.Steps.Where(step => step != next && !progress.IsDone(step.Id)).Take(Contacts.ContactCards.MaxButtons - 1)
            .Select(step => StepAction(string.Format(OnboardingTexts.OpenStepButton, path.NumberOf(step), step.Title), OnboardingVerbs.Step, step)));
        return actions;
    }

    private IEnumerable<ReplyAction> ArticleActions(OnboardingStep step) => step.Articles.Select(id => CardActions.Button(
        string.Format(OnboardingTexts.ArticleButton, articles.TitleOf(id) ?? id), new OpenArticle(id)));

    private static ReplyAction StepAction(string label, string verb, OnboardingStep step) =>
        new(label, verb, new Dictionary<string, string> { [OnboardingVerbs.StepKey] = step.Id });

    private static string CheckLine(StepCheck check) =>
        string.Format(check.Kind == StepCheckKind.Question ? OnboardingTexts.QuestionLead : OnboardingTexts.TaskLead, check.Text);

    private static string Duration(int minutes) => minutes < 90
        ? string.Format(OnboardingTexts.MinutesValue, minutes)
        : string.Format(German, OnboardingTexts.HoursValue, Math.Round(minutes / 60.0 * 2, MidpointRounding.AwayFromZero) / 2);
}
