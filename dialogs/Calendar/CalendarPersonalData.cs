using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Privacy;

namespace NrwBot.Dialogs.Calendar;

/// <summary>The calendar's part of "Meine Daten" (reminders, feed address, the role and region copied for them) and of "Meine Daten löschen".</summary>
public sealed class CalendarPersonalData(ICalendarStore store, CalendarOptions options) : IPersonalDataSection
{
    public async Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.ForUser(turn.Input.User);
        var subscriber = await store.FindSubscriberAsync(key, cancellationToken);
        var sent = await store.CountRemindersAsync(key, cancellationToken);
        if (subscriber is null && sent == 0) return CalendarTexts.MyDataNone.German;
        var feed = subscriber?.FeedToken is { } token
            ? CalendarTexts.FeedActive.Format(CalendarFeedTokens.FeedUrl(options, token))
            : CalendarTexts.Off.German;
        return CalendarTexts.MyData.Format(subscriber?.RemindersOn == true ? CalendarTexts.On.German : CalendarTexts.Off.German, feed,
            SafeText.Escape(subscriber?.Region ?? "–"), subscriber is null ? "–" : ProfileRoles.Title(subscriber.Role), sent);
    }

    public Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken) => Wrap(() =>
        store.ForgetAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken));

    // "Meine Daten löschen" reports a failing store as RequestStoreException, and then keeps the profile.
    private static async Task Wrap(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (CalendarStoreException error)
        {
            throw new RequestStoreException(error.Message, error);
        }
    }
}
