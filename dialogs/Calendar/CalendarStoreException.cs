namespace NrwBot.Dialogs.Calendar;

/// <summary>The calendar's store could not read or write (the database is away); the user is told, nothing is claimed done.</summary>
public sealed class CalendarStoreException(string message, Exception inner) : Exception(message, inner);
