namespace NrwBot.Dialogs.Results;

/// <summary>What <see cref="ResultsParser"/> has read so far; groups and sections are closed when the next one starts.</summary>
internal sealed class ParseState
{
    private readonly List<ResultSection> _sections = [];
    private List<ResultItem> _items = [];
    private int _groupLine;
    private int _sectionLine;
    private bool _groupHadQuestion;

    public List<ResultsProblem> Problems { get; } = [];
    public List<ResultGroup> Groups { get; } = [];
    public string? Title { get; set; }
    public int TitleLine { get; set; }
    public DateOnly? Date { get; set; }
    public string? Place { get; set; }
    public string? GroupName { get; private set; }
    public string? SectionTitle { get; private set; }
    public int SectionNumber { get; private set; }
    public string? Office { get; set; }
    public bool HasItem => _items.Count > 0;

    public void Problem(int line, string message) => Problems.Add(new ResultsProblem(line, message));

    public void StartGroup(string name, int line)
    {
        CloseGroup();
        GroupName = name;
        _groupLine = line;
    }

    public void StartSection(int number, string title, int line)
    {
        CloseSection();
        SectionNumber = number;
        SectionTitle = title;
        _groupHadQuestion = true;
        _sectionLine = line;
    }

    public void AddItem(string text, int? count, int line)
    {
        if (SectionTitle is null) { Problem(line, ResultsTexts.BulletOutsideSection.German); return; }
        _items.Add(new ResultItem(text, count, Office));
    }

    public bool LastItemEndsWith(char character) => _items[^1].Text.EndsWith(character);

    public void ExtendItem(string more, string separator)
    {
        var last = _items[^1];
        _items[^1] = last with { Text = last.Text + separator + more };
    }

    public void CloseGroup()
    {
        CloseSection();
        if (GroupName is not null)
        {
            if (_sections.Count == 0 && !_groupHadQuestion) Problem(_groupLine, ResultsTexts.GroupWithoutSections.Format(GroupName));
            else if (_sections.Count > 0) Groups.Add(new ResultGroup(GroupName, _sections.ToList()));
        }
        _sections.Clear();
        GroupName = null;
        SectionNumber = 0;
        _groupHadQuestion = false;
    }

    private void CloseSection()
    {
        if (SectionTitle is not null)
        {
            if (_items.Count == 0) Problem(_sectionLine, ResultsTexts.SectionWithoutItems.Format(SectionNumber, GroupName));
            else _sections.Add(new ResultSection(SectionNumber, SectionTitle, _items));
        }
        _items = [];
        SectionTitle = null;
        Office = null;
    }
}
