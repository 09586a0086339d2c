using System.Globalization;
using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>Collects the <see cref="ContentProblem"/>s of one content file while it is checked.</summary>
internal sealed class FileErrors(string fileName)
{
    private readonly List<ContentProblem> _problems = [];

    public int Count => _problems.Count;

    public IReadOnlyList<ContentProblem> Problems => _problems;

    public void Add(long line, string format, params object[] arguments) =>
        _problems.Add(new ContentProblem(fileName, (int)line, string.Format(CultureInfo.GetCultureInfo("de-DE"), format, arguments)));
}
