namespace NrwBot.Dialogs.Requests;

/// <summary>What "Meine Daten löschen" did to requests: open ones deleted, closed ones kept without the person.</summary>
public sealed record ForgetResult(IReadOnlyList<SupportRequest> Deleted, int Anonymised);
