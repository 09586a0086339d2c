using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// The onboarding path for new staff: start, resume at the next open step, status with a progress bar, steps
/// in any order, "Erledigt" / "Später" / "Frage dazu". Settings and reset are in <see cref="Preferences"/>,
/// the end (summary and peer introduction) in <see cref="Completion"/>. Routes: <see cref="OnboardingRoutes"/>.
/// </summary>
public sealed class OnboardingFeature
{
    private readonly OnboardingPath _path;
    private readonly OnboardingCards _cards;
    private readonly OnboardingContacts _contacts;
    private readonly ProgressKeeper _progress;

    public OnboardingFeature(OnboardingPath path, IOnboardingStore store, OnboardingCards cards, OnboardingContacts contacts, PeerIntroduction peers)
    {
        _path = path;
        _cards = cards;
        _contacts = contacts;
        _progress = new ProgressKeeper(store);
        Completion = new OnboardingCompletion(path, contacts, peers, _progress);
        Preferences = new OnboardingPreferences(path, cards, _progress, ShowStep);
    }

    public OnboardingCompletion Completion { get; }

    public OnboardingPreferences Preferences { get; }

    /// <summary>
    /// For the lead to call after the profile is saved or after the welcome: offers the onboarding to a Fachkraft
    /// who has not started it, in the personal chat only.
    /// </summary>
    public async Task OfferAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.ConversationKind != ConversationKind.Personal || turn.User.Profile?.Role != ProfileRoles.Fachkraft) return;
        if (await _progress.FindAsync(turn, cancellationToken) is not null) return;
        turn.Send(_cards.Offer());
    }

    public Task OfferLaterAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(OnboardingTexts.OfferLaterReply.German);
        return Task.CompletedTask;
    }

    public async Task StartAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (await _progress.FindAsync(turn, cancellationToken) is { } running)
        {
            if (_path.NextOpen(running) is not { } open) { turn.Send(_cards.Status(running)); return; }
            turn.Send(OnboardingTexts.AlreadyStarted.Format(_path.DoneCount(running), _path.Count));
            ShowStep(turn, open, running);
            return;
        }
        var progress = await _progress.StartAsync(turn, cancellationToken);
        turn.Send(_cards.Welcome());
        ShowStep(turn, _path.Steps[0], progress);
    }

    /// <summary>"Einarbeitung" and the "Weiter" button: the first open step in order.</summary>
    public async Task ResumeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (await _progress.FindAsync(turn, cancellationToken) is not { } progress) { turn.Send(_cards.NotStarted()); return; }
        if (_path.NextOpen(progress) is { } next) ShowStep(turn, next, progress);
        else turn.Send(_cards.Status(progress));
    }

    public async Task StatusAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var progress = await _progress.FindAsync(turn, cancellationToken);
        turn.Send(progress is null ? _cards.NotStarted() : _cards.Status(progress));
    }

    /// <summary>Button <see cref="OpenStep"/>: opens that step, whether open or done.</summary>
    public Task StepAsync(FeatureTurn turn, OpenStep open, CancellationToken cancellationToken) =>
        OpenAsync(turn, _path.ById(open.StepId), cancellationToken);

    /// <summary>"Einarbeitung Schritt 5" or "Einarbeitung Schritt datenschutz".</summary>
    public Task StepByTextAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var key = match.Groups["step"].Value.ToLowerInvariant();
        var step = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? _path.ByNumber(number) : _path.ById(key);
        return OpenAsync(turn, step, cancellationToken);
    }

    public async Task DoneAsync(FeatureTurn turn, MarkStepDone done, CancellationToken cancellationToken)
    {
        if (FindStep(turn, done.StepId) is not { } step) return;
        var progress = await _progress.FindOrStartAsync(turn, cancellationToken);
        var wasDone = progress.IsDone(step.Id);
        if (!wasDone)
        {
            progress.MarkDone(step.Id, turn.Now);
            await _progress.SaveAsync(turn, progress, cancellationToken);
        }
        turn.Send(_cards.Done(step, progress));
        if (_path.IsComplete(progress) && progress.FinishedAt is null) await Completion.CompleteAsync(turn, progress, cancellationToken);
        else if (_path.NextOpenAfter(step, progress) is { } next) ShowStep(turn, next, progress);
    }

    public async Task LaterAsync(FeatureTurn turn, PostponeStep later, CancellationToken cancellationToken)
    {
        if (FindStep(turn, later.StepId) is not { } step) return;
        var progress = await _progress.FindOrStartAsync(turn, cancellationToken);
        turn.Send(OnboardingTexts.LaterReply.Format(step.Title));
        if (_path.NextOpenAfter(step, progress) is not { } next) return;
        turn.Send(OnboardingTexts.LaterNext.German);
        ShowStep(turn, next, progress);
    }

    /// <summary>"Frage dazu": the knowledge search and the request intake in the step's context.</summary>
    public Task QuestionAsync(FeatureTurn turn, AskAboutStep question, CancellationToken cancellationToken)
    {
        if (FindStep(turn, question.StepId) is { } step) turn.Send(_cards.Question(step));
        return Task.CompletedTask;
    }

    private async Task OpenAsync(FeatureTurn turn, OnboardingStep? step, CancellationToken cancellationToken)
    {
        if (step is null) { turn.Send(OnboardingTexts.UnknownStep.German); return; }
        ShowStep(turn, step, await _progress.FindOrStartAsync(turn, cancellationToken));
    }

    private OnboardingStep? FindStep(FeatureTurn turn, string stepId)
    {
        var step = _path.ById(stepId);
        if (step is null) turn.Send(OnboardingTexts.UnknownStep.German);
        return step;
    }

    private void ShowStep(FeatureTurn turn, OnboardingStep step, OnboardingProgress progress)
    {
        turn.Send(_cards.Step(step, progress));
        if (step.ShowsContacts)
        {
            foreach (var reply in _contacts.PersonalReplies(turn.User.Profile)) turn.Send(reply);
        }
    }
}
