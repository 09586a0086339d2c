namespace NrwBot.Dialogs.Calendar;

/// <summary>A deadline (Frist: something must be done by then) or an event (Termin: something takes place).</summary>
public enum CalendarEntryKind { Deadline, Event }
