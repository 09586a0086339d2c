using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// "Frist eintragen: …" / "Termin eintragen: …" and "Frist löschen &lt;id&gt;", for LKS members only: the routes sit
/// in the LKS group behind <see cref="Lks.LksGuard"/> (see <see cref="CalendarRoutes"/>), so nothing here checks again.
/// Entries of the files stay in the files.
/// </summary>
public sealed class CalendarEditing(ICalendarStore store, CalendarBook book, IRegionDirectory regions,
    IArticleTitles articles, WorkingDayCalendar workingDays)
{
    public async Task AddAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var kind = match.Groups["kind"].Value.Equals("termin", StringComparison.OrdinalIgnoreCase) ? CalendarEntryKind.Event : CalendarEntryKind.Deadline;
        var rest = match.Groups["rest"].Value;
        if (rest.Trim().Length == 0) { turn.Send(CalendarTexts.AddUsage.German); return; }
        var (entry, problem) = CalendarChatEntry.Read(rest, kind, workingDays.LocalDate(turn.Now), regions, articles.Ids);
        if (entry is null) { turn.Send(SafeText.Escape(problem!)); return; }
        try
        {
            if (book.IsFileEntry(entry.Id) || !await store.AddEntryAsync(entry, turn.Input.User.Name, turn.Now, cancellationToken))
            {
                turn.Send(CalendarTexts.AddDuplicate.Format(entry.Id));
                return;
            }
        }
        catch (CalendarStoreException)
        {
            turn.Send(CalendarTexts.StoreFailed.German);
            return;
        }
        var reminders = entry.ReminderDays.Count == 0 ? "" : CalendarTexts.AddedReminders.Format(string.Join(", ", entry.ReminderDays));
        var word = kind == CalendarEntryKind.Event ? "Termin" : "Frist";
        turn.Send(CalendarTexts.Added.Format(entry.Id, SafeText.Escape(entry.Title), CalendarReplies.Dates(entry), entry.Audience.Describe(), reminders, word));
    }

    public async Task DeleteAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var id = match.Groups["id"].Value;
        try
        {
            turn.Send(await store.DeleteEntryAsync(id, cancellationToken)
                ? CalendarTexts.Deleted.Format(id)
                : CalendarTexts.DeleteUnknown.Format(id));
        }
        catch (CalendarStoreException)
        {
            turn.Send(CalendarTexts.StoreFailed.German);
        }
    }
}
