using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Pool;

/// <summary>
/// The Kompetenzpool: a person's own public profile („Mein Kompetenzprofil“, bearbeiten, bestätigen, löschen) and the
/// cards others open from a peers list. Only in Teams, where the name is vouched for by the tenant; what someone
/// can do is always about their own profile, taken from the turn, never from a card.
/// </summary>
public sealed class PoolFeature(ICompetencePoolStore store, CompetenceProfileFlow flow, PoolCards cards, PoolOptions options)
{
    public CompetenceProfileFlow Flow => flow;

    public Task ShowAsync(FeatureTurn turn, CancellationToken cancellationToken) => OwnAsync(turn, async key =>
    {
        if (await store.FindAsync(key, cancellationToken) is not { } profile)
        {
            turn.Send(new Reply
            {
                Title = PoolTexts.FlowTitle.German,
                Text = PoolTexts.Intro.German + "\n\n" + PoolTexts.None.German,
                Actions = [CardActions.Button(PoolTexts.Create.German, new EditPoolProfile())],
            });
            return;
        }
        var hidden = IsHidden(profile, turn.Now);
        turn.Send(cards.Own(profile, hidden ? PoolTexts.Hidden.Format(options.ConfirmAfterMonths) : PoolTexts.Visible.German, hidden));
    });

    public Task EditAsync(FeatureTurn turn, CancellationToken cancellationToken) => OwnAsync(turn, async key =>
    {
        if (Refusal(turn) is { } refusal) { turn.Send(refusal); return; }
        var existing = await store.FindAsync(key, cancellationToken);
        await flow.StartAsync(turn, existing is null ? new Dictionary<string, string>() : flow.ValuesOf(existing), cancellationToken);
    });

    public Task OnEditAsync(FeatureTurn turn, EditPoolProfile edit, CancellationToken cancellationToken) => EditAsync(turn, cancellationToken);

    public Task AskDeleteAsync(FeatureTurn turn, CancellationToken cancellationToken) => OwnAsync(turn, async key =>
    {
        if (await store.FindAsync(key, cancellationToken) is null) { turn.Send(PoolTexts.NothingToDelete.German); return; }
        turn.Send(new Reply
        {
            Text = PoolTexts.DeleteQuestion.German,
            Actions = [CardActions.Button(PoolTexts.DeleteYes.German, new DeletePoolProfile()), CardActions.Button(PoolTexts.DeleteNo.German, new KeepPoolProfile())],
        });
    });

    public Task OnAskDeleteAsync(FeatureTurn turn, AskDeletePoolProfile ask, CancellationToken cancellationToken) => AskDeleteAsync(turn, cancellationToken);

    public Task DeleteAsync(FeatureTurn turn, DeletePoolProfile delete, CancellationToken cancellationToken) => OwnAsync(turn, async key =>
        turn.Send(await store.DeleteAsync(key, cancellationToken) ? PoolTexts.Deleted.German : PoolTexts.NothingToDelete.German));

    public Task KeepAsync(FeatureTurn turn, KeepPoolProfile keep, CancellationToken cancellationToken)
    {
        turn.Send(PoolTexts.Kept.German);
        return Task.CompletedTask;
    }

    public Task ConfirmAsync(FeatureTurn turn, CancellationToken cancellationToken) => OwnAsync(turn, async key =>
        turn.Send(await store.ConfirmAsync(key, turn.Now, cancellationToken)
            ? PoolTexts.Confirmed.Format(options.ConfirmAfterMonths)
            : PoolTexts.NothingToConfirm.German));

    public Task OnConfirmAsync(FeatureTurn turn, ConfirmPoolProfile confirm, CancellationToken cancellationToken) => ConfirmAsync(turn, cancellationToken);

    /// <summary>Someone's card from a peers list; a hidden or deleted profile is not shown.</summary>
    public async Task ShowPersonAsync(FeatureTurn turn, ShowPoolProfile show, CancellationToken cancellationToken)
    {
        try
        {
            var profile = await store.FindByPublicIdAsync(show.PublicId, cancellationToken);
            turn.Send(profile is not null && !IsHidden(profile, turn.Now) ? cards.ForOthers(profile) : Reply.Plain(PoolTexts.UnknownPerson.German));
        }
        catch (PoolStoreException)
        {
            turn.Send(PoolTexts.StoreUnavailable.German);
        }
    }

    /// <summary>
    /// Why this turn may not make or change a profile, or null: only in Teams (where the name is the tenant's), in the
    /// personal chat, with the region of the profile. The form checks it again when it is sent.
    /// </summary>
    public static Reply? Refusal(FeatureTurn turn)
    {
        if (!turn.Input.User.IsTeams) return Reply.Plain(PoolTexts.NeedsTeams.German);
        if (turn.Input.ConversationKind != ConversationKind.Personal) return Reply.Plain(PoolTexts.PersonalOnly.German);
        if (turn.User.Profile is null)
            return new Reply { Text = PoolTexts.NeedsProfile.German, Actions = [new(PoolTexts.NeedsProfileButton.German, ProfileFlow.EditCardVerb)] };
        return null;
    }

    public bool IsHidden(CompetenceProfile profile, DateTimeOffset now) => profile.ConfirmedAt < VisibleSince(now);

    public DateTimeOffset VisibleSince(DateTimeOffset now) => now.AddMonths(-options.ConfirmAfterMonths);

    /// <summary>Runs <paramref name="action"/> for the turn's own profile: in Teams only, a store failure said in friendly words.</summary>
    private async Task OwnAsync(FeatureTurn turn, Func<string, Task> action)
    {
        if (!turn.Input.User.IsTeams) { turn.Send(PoolTexts.NeedsTeams.German); return; }
        try
        {
            await action(ConversationKeys.ForUser(turn.Input.User));
        }
        catch (PoolStoreException)
        {
            turn.Send(PoolTexts.StoreUnavailable.German);
        }
    }
}
