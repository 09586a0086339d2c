using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// After a knowledge answer on an article that a calendar entry links to (e.g. "mittelabruf"), the next date of that
/// entry for the user's role and region: the article says where the deadline comes from, the calendar says when.
/// </summary>
public sealed class CalendarAnswerSupplement(CalendarBook book, WorkingDayCalendar workingDays) : IAnswerSupplement
{
    public async Task<Reply?> ForArticleAsync(string articleId, FeatureTurn turn, CancellationToken cancellationToken)
    {
        var today = workingDays.LocalDate(turn.Now);
        CalendarEntry? next;
        try
        {
            next = await book.NextForArticleAsync(articleId, turn.User.Profile, today, cancellationToken);
        }
        catch (CalendarStoreException)
        {
            // The answer stands on its own; without the database there is just no date under it.
            return null;
        }
        if (next is null) return null;
        return new Reply
        {
            Text = CalendarTexts.NextDate.Format(CalendarReplies.Line(next, today)[2..]),
            Note = next.IsExample ? CalendarTexts.ExampleNote.German : null,
        };
    }
}
