using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Calendar;

/// <summary>Loads every <c>*.yml</c> of the calendar folder; any problem stops the start with all problems listed.</summary>
public static class CalendarFile
{
    public static IReadOnlyList<CalendarEntry> LoadFolder(string folder, IRegionDirectory regions, IReadOnlySet<string>? knownArticles = null)
    {
        if (!Directory.Exists(folder)) return [];
        var problems = new List<ContentProblem>();
        var entries = new List<CalendarEntry>();
        foreach (var file in Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal))
            entries.AddRange(new CalendarFileReader(file, regions, knownArticles, problems).Read(File.ReadAllText(file)));
        foreach (var duplicate in entries.GroupBy(entry => entry.Id).Where(group => group.Count() > 1))
            problems.Add(new ContentProblem(duplicate.Last().Source, 0, $"id „{duplicate.Key}“ gibt es schon ({duplicate.First().Source})."));
        if (problems.Count > 0) throw new ContentException(ContentTexts.Calendar, problems);
        return entries;
    }

    /// <summary>Reads one file's text (for tests and the chat's checks); problems are returned, not thrown.</summary>
    public static IReadOnlyList<CalendarEntry> Parse(string fileName, string text, IRegionDirectory regions, List<ContentProblem> problems,
        IReadOnlySet<string>? knownArticles = null) =>
        new CalendarFileReader(fileName, regions, knownArticles, problems).Read(text);
}
