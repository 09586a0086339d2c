using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>The end of the path: a summary card with the user's contacts, and the offer to meet an experienced peer.</summary>
public sealed class OnboardingCompletion
{
    private readonly OnboardingPath _path;
    private readonly OnboardingContacts _contacts;
    private readonly PeerIntroduction _peers;
    private readonly ProgressKeeper _progress;

    internal OnboardingCompletion(OnboardingPath path, OnboardingContacts contacts, PeerIntroduction peers, ProgressKeeper progress)
    {
        _path = path;
        _contacts = contacts;
        _peers = peers;
        _progress = progress;
    }

    internal async Task CompleteAsync(FeatureTurn turn, OnboardingProgress progress, CancellationToken cancellationToken)
    {
        progress.FinishedAt = turn.Now;
        await _progress.SaveAsync(turn, progress, cancellationToken);
        var region = _contacts.RegionOf(turn.User.Profile);
        turn.Send(Summary(region));
        if (region is not null && _contacts.Peers(region).Count > 0) turn.Send(_peers.Offer(region));
    }

    /// <summary>Button "Mit … bekannt machen" (<see cref="MeetPeer"/>).</summary>
    public async Task IntroduceAsync(FeatureTurn turn, MeetPeer meet, CancellationToken cancellationToken)
    {
        if (_contacts.RegionOf(turn.User.Profile) is not { } region)
        {
            foreach (var needRegion in _contacts.PersonalReplies(null)) turn.Send(needRegion);
            return;
        }
        if (_contacts.Peer(meet.ContactId, region) is not { } peer) { turn.Send(OnboardingTexts.IntroUnknownPeer.German); return; }
        var progress = await _progress.FindOrStartAsync(turn, cancellationToken);
        if (progress.IntroducedPeerId == peer.Id) { turn.Send(_peers.Already(peer)); return; }
        var (posted, answer) = await _peers.IntroduceAsync(turn.Input.User, region, peer, cancellationToken);
        if (posted)
        {
            progress.IntroducedPeerId = peer.Id;
            await _progress.SaveAsync(turn, progress, cancellationToken);
        }
        turn.Send(answer);
    }

    public Task DeclineAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(OnboardingTexts.PeerNoReply.German);
        return Task.CompletedTask;
    }

    private Reply Summary(Region? region)
    {
        var lines = new List<string>
        {
            OnboardingTexts.CompleteText.Format(_path.Count),
            string.Join("\n", _path.Steps.Select(step => OnboardingTexts.CompleteLine.Format(step.Title))),
            OnboardingTexts.CompleteClosing.German,
        };
        if (region is null) lines.Add(OnboardingTexts.NeedRegion.German);
        return new Reply
        {
            Title = OnboardingTexts.CompleteTitle.German,
            Text = string.Join("\n\n", lines),
            Facts = region is null ? [] : _contacts.SummaryFacts(region),
            Note = _contacts.IsSampleData ? Contacts.ContactsTexts.SampleListNote.German : null,
        };
    }
}
