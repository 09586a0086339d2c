namespace NrwBot.Dialogs.Results;

/// <summary>What an import understood: the results, or every problem found (then nothing may be stored).</summary>
public sealed record ResultsImport(MeetingResults? Results, IReadOnlyList<ResultsProblem> Problems)
{
    public bool Succeeded => Results is not null && Problems.Count == 0;
}
