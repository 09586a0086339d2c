namespace NrwBot.Dialogs.Digest;

/// <summary>How many open requests one person holds (null: nobody yet), and how many of them wait longer than 7 days.</summary>
public sealed record HolderLoad(string? Holder, int Open, int OverSevenDays);
