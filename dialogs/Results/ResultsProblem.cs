namespace NrwBot.Dialogs.Results;

/// <summary>Why a line of an imported text could not be understood (line numbers count from 1).</summary>
public sealed record ResultsProblem(int Line, string Message)
{
    public override string ToString() => ResultsTexts.ProblemLine.Format(Line, Message);
}
