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
        Title = OnboardingTexts.OfferTitle.German,
        Text = OnboardingTexts.Offer.Format(path.Count, Duration(path.TotalMinutes)),
        Actions = [new(OnboardingTexts.OfferStart.German, OnboardingVerbs.Start), new(OnboardingTexts.OfferLater.German, OnboardingVerbs.OfferLater)],
    };

    public Reply Welcome() => new()
    {
        Title = OnboardingTexts.StartTitle.German,
        Text = string.Join("\n\n", OnboardingTexts.StartText.Format(path.Count, Duration(path.TotalMinutes)),
            OnboardingTexts.StartReminderNote.Format(options.ReminderAfterDays), OnboardingTexts.ShareQuestion.German),
        Actions = [new(OnboardingTexts.ShareOnButton.German, OnboardingVerbs.ShareOn)],
    };

    public Reply Step(OnboardingStep step, OnboardingProgress progress)
    {
        var parts = new List<string> { step.Body, CheckLine(step.Check) };
        if (progress.Done.TryGetValue(step.Id, out var doneAt)) parts.Add(OnboardingTexts.AlreadyDone.Format(Date(doneAt)));
        var actions = new List<ReplyAction>
        {
            CardActions.Button(OnboardingTexts.DoneButton.German, new MarkStepDone(step.Id)),
            CardActions.Button(OnboardingTexts.LaterButton.German, new PostponeStep(step.Id)),
            CardActions.Button(OnboardingTexts.QuestionButton.German, new AskAboutStep(step.Id)),
        };
        actions.AddRange(ArticleActions(step));
        return new Reply
        {
            Title = OnboardingTexts.StepTitle.Format(path.NumberOf(step), path.Count, step.Title),
            Text = string.Join("\n\n", parts),
            Facts =
            [
                new(OnboardingTexts.MinutesLabel.German, OnboardingTexts.MinutesValue.Format(step.Minutes)),
                new(OnboardingTexts.ProgressLabel.German, $"{ProgressBar.Draw(path.DoneCount(progress), path.Count)} {path.DoneCount(progress)}/{path.Count}"),
            ],
            Actions = actions,
            Links = step.Links,
            Note = step.IsSample ? OnboardingTexts.SampleNote.German : null,
        };
    }

    public Reply Done(OnboardingStep step, OnboardingProgress progress)
    {
        var text = OnboardingTexts.DoneReply.Format(step.Title, path.DoneCount(progress), path.Count);
        if (step.Check.Answer is { } answer) text += "\n\n" + OnboardingTexts.AnswerHint.Format(answer);
        return Reply.Plain(text);
    }

    public Reply Status(OnboardingProgress progress)
    {
        var lines = new List<string> { ProgressBar.Describe(path.DoneCount(progress), path.Count) };
        lines.Add(string.Join("\n", path.Steps.Select(step => string.Format(
            progress.IsDone(step.Id) ? OnboardingTexts.StatusDoneLine.German : OnboardingTexts.StatusOpenLine.German, path.NumberOf(step), step.Title))));
        var next = path.NextOpen(progress);
        lines.Add(next is null ? OnboardingTexts.StatusComplete.German : OnboardingTexts.StatusNext.Format(next.Title, next.Minutes));
        if (next is not null) lines.Add(OnboardingTexts.StepNumberHint.German);
        if (progress.RemindersOff) lines.Add(OnboardingTexts.StatusRemindersOff.German);
        if (progress.SharesProgress) lines.Add(OnboardingTexts.StatusShared.German);
        return new Reply { Title = OnboardingTexts.StatusTitle.German, Text = string.Join("\n\n", lines), Actions = StatusActions(progress, next) };
    }

    public Reply NotStarted() => new()
    {
        Title = OnboardingTexts.StatusTitle.German,
        Text = OnboardingTexts.NotStarted.German,
        Actions = [new(OnboardingTexts.StartButton.German, OnboardingVerbs.Start)],
    };

    public Reply ResetQuestion(OnboardingProgress progress) => new()
    {
        Title = OnboardingTexts.StatusTitle.German,
        Text = OnboardingTexts.ResetQuestion.Format(path.DoneCount(progress)),
        Actions = [new(OnboardingTexts.ResetConfirm.German, OnboardingVerbs.ResetConfirm), new(OnboardingTexts.ResetCancel.German, OnboardingVerbs.ResetCancel)],
    };

    /// <summary>"Frage dazu": the step's articles, a search with the step's topic, and the way to the LKS.</summary>
    public Reply Question(OnboardingStep step)
    {
        var actions = new List<ReplyAction>
        {
            CardActions.Button(OnboardingTexts.SearchButton.German, new AskQuestion(step.Title)),
            CardActions.Button(OnboardingTexts.AskLksButton.German, new StartRequest(step.Id, OnboardingTexts.RequestContext.Format(step.Title))),
        };
        actions.AddRange(ArticleActions(step));
        return new Reply { Title = OnboardingTexts.QuestionTitle.Format(step.Title), Text = OnboardingTexts.QuestionText.German, Actions = actions };
    }

    public Reply Reminder(OnboardingProgress progress, OnboardingStep next) => new()
    {
        Title = OnboardingTexts.ReminderTitle.German,
        Text = OnboardingTexts.ReminderText.Format(path.DoneCount(progress), path.Count, next.Title, next.Minutes),
        Actions = [new(OnboardingTexts.ContinueButton.German, OnboardingVerbs.Next), new(OnboardingTexts.ReminderOffButton.German, OnboardingVerbs.RemindersOff)],
        Note = OnboardingTexts.ReminderOffNote.German,
    };

    public string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).ToString("d. MMMM yyyy", German);

    private List<ReplyAction> StatusActions(OnboardingProgress progress, OnboardingStep? next)
    {
        var actions = new List<ReplyAction>();
        if (next is null) return actions;
        actions.Add(new(OnboardingTexts.ContinueButton.German, OnboardingVerbs.Next));
        // Other open steps as buttons, so steps can be taken out of order without typing.
        actions.AddRange(path.Steps.Where(step => step != next && !progress.IsDone(step.Id)).Take(Contacts.ContactCards.MaxButtons - 1)
            .Select(step => CardActions.Button(OnboardingTexts.OpenStepButton.Format(path.NumberOf(step), step.Title), new OpenStep(step.Id))));
        return actions;
    }

    private IEnumerable<ReplyAction> ArticleActions(OnboardingStep step) => step.Articles.Select(id => CardActions.Button(
        OnboardingTexts.ArticleButton.Format(articles.TitleOf(id) ?? id), new OpenArticle(id)));

    private static string CheckLine(StepCheck check) =>
        string.Format(check.Kind == StepCheckKind.Question ? OnboardingTexts.QuestionLead.German : OnboardingTexts.TaskLead.German, check.Text);

    private static string Duration(int minutes) => minutes < 90
        ? OnboardingTexts.MinutesValue.Format(minutes)
        : OnboardingTexts.HoursValue.Format(Math.Round(minutes / 60.0 * 2, MidpointRounding.AwayFromZero) / 2);
}
