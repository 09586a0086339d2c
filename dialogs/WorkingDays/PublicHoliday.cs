namespace NrwBot.Dialogs.WorkingDays;

/// <summary>A statutory public holiday in Nordrhein-Westfalen.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);
