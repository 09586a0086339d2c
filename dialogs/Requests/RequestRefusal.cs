namespace NrwBot.Dialogs.Requests;

/// <summary>Why an action cannot be applied to a request as it stands.</summary>
public enum RequestRefusal { Closed, TakenByOther, AlreadyYours, AlreadyAssigned, TextMissing, Repeated, NotRequester, StillOpen, TooLate, AlreadyRated }
