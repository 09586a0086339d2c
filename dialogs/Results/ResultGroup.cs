namespace NrwBot.Dialogs.Results;

/// <summary>One working group of a meeting ("AG II") with its numbered sections.</summary>
public sealed record ResultGroup(string Name, IReadOnlyList<ResultSection> Sections);
