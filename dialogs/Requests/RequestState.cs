namespace NrwBot.Dialogs.Requests;

/// <summary>Where a support request stands: neu → in Bearbeitung → erledigt, or abgelehnt.</summary>
public enum RequestState { New, InProgress, Done, Rejected }
