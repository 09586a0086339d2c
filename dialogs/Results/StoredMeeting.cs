namespace NrwBot.Dialogs.Results;

/// <summary>The number a meeting is stored under, and whether this save stored it or found it already there.</summary>
public sealed record StoredMeeting(long Id, bool WasAlreadyStored);
