using NrwBot.Dialogs.Calendar;

namespace NrwBot.Host.Calendar;

/// <summary>
/// GET /calendar/&lt;token&gt;.ics: the entries that concern the token's owner, as iCalendar for Outlook. An unknown,
/// renewed or stopped token gets 404 (the same answer as a token that never existed, so nothing can be probed).
/// </summary>
public sealed class CalendarFeed(ICalendarStore store, CalendarBook book, TimeProvider clock)
{
    public const string Route = "/calendar/{file}";

    public async Task<IResult> HandleAsync(string file, CancellationToken cancellationToken)
    {
        if (!file.EndsWith(".ics", StringComparison.Ordinal)) return Results.NotFound();
        var token = file[..^4];
        if (!CalendarFeedTokens.LooksValid(token)) return Results.NotFound();
        CalendarSubscriber? subscriber;
        IReadOnlyList<CalendarEntry> entries;
        try
        {
            subscriber = await store.FindByFeedTokenAsync(token, cancellationToken);
            if (subscriber is null) return Results.NotFound();
            entries = await book.ForAsync(CalendarIcs.ProfileOf(subscriber), cancellationToken);
        }
        catch (CalendarStoreException)
        {
            // Outlook retries later on its own; a 503 keeps the events it has instead of emptying the calendar.
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Text(CalendarIcs.Write(entries, clock.GetUtcNow()), "text/calendar; charset=utf-8");
    }
}
