namespace NrwBot.Dialogs.Calendar;

/// <summary>The entries of the calendar files, loaded and checked at start-up.</summary>
public sealed record CalendarContent(IReadOnlyList<CalendarEntry> Entries);
