namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>Applied; refused by the rules; the request is gone (deleted); or changed by others three times in a row.</summary>
public enum DeskResult { Applied, Refused, Gone, Busy }
