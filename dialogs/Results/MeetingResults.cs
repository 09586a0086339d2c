namespace NrwBot.Dialogs.Results;

/// <summary>The recorded results of one network meeting: its title, day and place, and what each working group said.</summary>
public sealed record MeetingResults(string Title, DateOnly Date, string? Place, IReadOnlyList<ResultGroup> Groups)
{
    public IEnumerable<ResultItem> AllItems => Groups.SelectMany(group => group.Sections).SelectMany(section => section.Items);
}
