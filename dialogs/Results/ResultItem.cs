namespace NrwBot.Dialogs.Results;

/// <summary>
/// One bullet: its text without the count, how many groups/offices named it („(3)" → 3, null when not given), and
/// the office it belongs to when it stood in a per-office sub-list (the gazetteer's name, null otherwise).
/// </summary>
public sealed record ResultItem(string Text, int? Count, string? Place);
