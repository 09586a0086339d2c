namespace NrwBot.Dialogs.Results;

/// <summary>How many support-need bullets of a meeting the request classifier put into one category.</summary>
public sealed record SupportNeedCount(string CategoryId, string CategoryTitle, int Count);
