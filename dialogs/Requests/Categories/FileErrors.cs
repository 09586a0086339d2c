using System.Globalization;

namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>Collects "file:line: message" errors while a content file is checked.</summary>
internal sealed class FileErrors(string fileName)
{
    private readonly List<string> _messages = [];

    public int Count => _messages.Count;

    public IReadOnlyList<string> Messages => _messages;

    public void Add(long line, string format, params object[] arguments)
    {
        var message = string.Format(CultureInfo.GetCultureInfo("de-DE"), format, arguments);
        _messages.Add($"{fileName}:{line.ToString(CultureInfo.InvariantCulture)}: {message}");
    }
}
