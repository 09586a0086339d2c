using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// "Fristen-Erinnerungen an/aus" and the personal iCalendar feed ("Kalender abonnieren", "… erneuern", "… beenden").
/// Both need the profile (role and region choose the entries) and the personal chat (the feed address is a secret).
/// </summary>
public sealed class CalendarSubscriptions(ICalendarStore store, CalendarOptions options)
{
    public Task RemindersOnAsync(FeatureTurn turn, CancellationToken cancellationToken) => ChangeAsync(turn, cancellationToken, (current, profile) =>
    {
        if (current is { RemindersOn: true }) return (current, CalendarTexts.RemindersAlreadyOn.Format(Describe(profile)));
        return (Base(current, turn, profile) with { RemindersOn = true }, CalendarTexts.RemindersOn.Format(Describe(profile)));
    });

    public Task RemindersOffAsync(FeatureTurn turn, CancellationToken cancellationToken) => ChangeAsync(turn, cancellationToken, (current, profile) =>
        current is not { RemindersOn: true }
            ? (null, CalendarTexts.RemindersWereOff.German)
            : (Base(current, turn, profile) with { RemindersOn = false }, CalendarTexts.RemindersOff.German), CalendarTexts.RemindersWereOff.German);

    public Task FeedAsync(FeatureTurn turn, CancellationToken cancellationToken) => FeedChangeAsync(turn, cancellationToken, renew: false);

    public Task FeedRenewAsync(FeatureTurn turn, CancellationToken cancellationToken) => FeedChangeAsync(turn, cancellationToken, renew: true);

    public Task FeedStopAsync(FeatureTurn turn, CancellationToken cancellationToken) => ChangeAsync(turn, cancellationToken, (current, profile) =>
        current?.FeedToken is null
            ? (null, CalendarTexts.FeedNone.German)
            : (Base(current, turn, profile) with { FeedToken = null, FeedCreatedAt = null }, CalendarTexts.FeedStopped.German), CalendarTexts.FeedNone.German);

    private async Task FeedChangeAsync(FeatureTurn turn, CancellationToken cancellationToken, bool renew)
    {
        Reply? card = null;
        await ChangeAsync(turn, cancellationToken, (current, profile) =>
        {
            var keep = current?.FeedToken is not null && !renew;
            var next = keep ? Base(current, turn, profile) : Base(current, turn, profile) with { FeedToken = CalendarFeedTokens.New(), FeedCreatedAt = turn.Now };
            card = FeedCard(next, profile, renewed: renew && current?.FeedToken is not null);
            return (next, null);
        });
        if (card is not null) turn.Send(card);
    }

    private Reply FeedCard(CalendarSubscriber subscriber, UserProfile profile, bool renewed) => new()
    {
        Title = CalendarTexts.FeedTitle.German,
        Text = (renewed ? CalendarTexts.FeedRenewed.German + "\n\n" : "")
            + CalendarTexts.FeedText.Format(Describe(profile), CalendarFeedTokens.FeedUrl(options, subscriber.FeedToken!)),
        Note = CalendarTexts.FeedSecretNote.German,
    };

    /// <summary>
    /// Reads the subscriber, lets <paramref name="change"/> decide, stores the result before anything is said, and
    /// refreshes role and region from the profile on the way (a changed profile changes the reminders and the feed).
    /// </summary>
    private async Task ChangeAsync(FeatureTurn turn, CancellationToken cancellationToken,
        Func<CalendarSubscriber?, UserProfile, (CalendarSubscriber? Next, string? Message)> change, string? nothingToStop = null)
    {
        if (turn.Input.ConversationKind != ConversationKind.Personal) { turn.Send(CalendarTexts.PersonalOnly.German); return; }
        var key = ConversationKeys.ForUser(turn.Input.User);
        var current = await store.FindSubscriberAsync(key, cancellationToken);
        var profile = turn.User.Profile ?? (current is null ? null : new UserProfile(current.Region, current.Role));
        if (profile is null)
        {
            turn.Send(nothingToStop ?? CalendarTexts.NeedsProfile.German);
            return;
        }
        var (next, message) = change(current, profile);
        if (next is not null && next != current)
        {
            try
            {
                await store.SaveSubscriberAsync(next, cancellationToken);
            }
            catch (CalendarStoreException)
            {
                turn.Send(CalendarTexts.StoreFailed.German);
                return;
            }
        }
        if (message is not null) turn.Send(message);
    }

    private static CalendarSubscriber Base(CalendarSubscriber? current, FeatureTurn turn, UserProfile profile) =>
        (current ?? new CalendarSubscriber(ConversationKeys.ForUser(turn.Input.User), profile.Region, profile.Role)) with
        {
            Region = profile.Region,
            Role = profile.Role,
        };

    private static string Describe(UserProfile profile) => $"{ProfileRoles.Title(profile.Role)}, {profile.Region}";
}
