using System.Globalization;
using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// Reads one calendar file (<c>entries:</c> followed by a list). Every problem is reported with the file and the
/// line it is on, in German, so the LKS can fix the file without a developer; an entry with a problem is left out.
/// </summary>
internal sealed class CalendarFileReader(string file, IRegionDirectory regions, IReadOnlySet<string>? knownArticles, List<ContentProblem> problems)
    : YamlFieldReader(Path.GetFileName(file), 0, problems)
{
    private static readonly string[] AllowedKeys = ["id", "title", "kind", "date", "from", "to", "audience", "article", "link", "remind", "status"];

    public List<CalendarEntry> Read(string text)
    {
        var entries = new List<CalendarEntry>();
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException error)
        {
            Problem((int)error.Start.Line, ContentTexts.YamlError.Format(error.InnerException?.Message ?? error.Message));
            return entries;
        }
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("entries"), out var list) || list is not YamlSequenceNode sequence)
        {
            Problem(1, CalendarTexts.FileNeedsEntries.German);
            return entries;
        }
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode map) { Problem(node, CalendarTexts.EntryNeedsFields.German); continue; }
            if (ReadEntry(map) is { } entry) entries.Add(entry);
        }
        return entries;
    }

    private CalendarEntry? ReadEntry(YamlMappingNode map)
    {
        var before = ProblemCount;
        CheckKeys(map, AllowedKeys);
        var id = Id(map);
        var title = Required(map, "title");
        var kind = ReadKind(map);
        var (start, end) = ReadDates(map);
        var audience = ReadAudience(map);
        var article = Optional(map, "article");
        if (article is not null && knownArticles is { Count: > 0 } && !knownArticles.Contains(article.Value!))
            Problem(article, CalendarTexts.FileUnknownArticle.Format(article.Value));
        var link = Optional(map, "link");
        if (link is not null && !CalendarLinks.IsWebAddress(link.Value)) Problem(link, CalendarTexts.FileBadLink.Format(link.Value));
        var reminders = ReadReminders(map);
        var status = Optional(map, "status");
        var parsedStatus = ContentStatuses.Parse(status?.Value);
        if (status is not null && parsedStatus is null) Problem(status, ContentTexts.BadStatus.German);
        if (ProblemCount > before || start is null || end is null) return null;
        return new CalendarEntry
        {
            Id = id!.Value!,
            Title = title!.Value!,
            Kind = kind,
            Start = start.Value,
            End = end.Value,
            Audience = audience,
            ArticleId = article?.Value,
            Link = link?.Value,
            ReminderDays = reminders,
            IsExample = parsedStatus == ContentStatus.Beispiel,
            Source = CalendarTexts.FileSource.Format(File, map.Start.Line),
        };
    }

    private CalendarEntryKind ReadKind(YamlMappingNode map)
    {
        var kind = Optional(map, "kind");
        switch (kind?.Value)
        {
            case null or "frist": return CalendarEntryKind.Deadline;
            case "termin": return CalendarEntryKind.Event;
            default:
                Problem(kind, CalendarTexts.FileBadKind.German);
                return CalendarEntryKind.Deadline;
        }
    }

    private (DateOnly? Start, DateOnly? End) ReadDates(YamlMappingNode map)
    {
        var date = Optional(map, "date");
        var from = Optional(map, "from");
        var to = Optional(map, "to");
        if (date is not null && (from is not null || to is not null))
        {
            Problem(date, CalendarTexts.FileDateAndRange.German);
            return (null, null);
        }
        if (date is not null)
        {
            var day = Date(date);
            return (day, day);
        }
        if (from is null || to is null)
        {
            Problem(map, CalendarTexts.FileNoDate.German);
            return (null, null);
        }
        var (start, end) = (Date(from), Date(to));
        if (start is not null && end is not null && end < start)
        {
            Problem(to, CalendarTexts.FileEndBeforeStart.Format(to.Value, from.Value));
            return (null, null);
        }
        return (start, end);
    }

    private CalendarAudience ReadAudience(YamlMappingNode map)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("audience"), out var node)) return CalendarAudience.All;
        if (node is YamlScalarNode { Value: "all" or "alle" }) return CalendarAudience.All;
        if (node is not YamlMappingNode audience)
        {
            Problem(node, CalendarTexts.FileBadAudience.German);
            return CalendarAudience.All;
        }
        var roles = new List<string>();
        foreach (var role in List(audience, "roles"))
        {
            if (ProfileRoles.All.Any(known => known.Value == role.Value)) roles.Add(role.Value!);
            else Problem(role, CalendarTexts.FileUnknownRole.Format(role.Value, string.Join(", ", ProfileRoles.All.Select(known => known.Value))));
        }
        var names = new List<string>();
        foreach (var region in List(audience, "regions"))
        {
            if (CalendarRegions.Resolve(region.Value!, regions) is { } name) names.Add(name);
            else Problem(region, CalendarTexts.FileUnknownRegion.Format(region.Value));
        }
        return roles.Count + names.Count == 0 ? CalendarAudience.All : new CalendarAudience(roles, names);
    }

    private List<int> ReadReminders(YamlMappingNode map)
    {
        var days = new List<int>();
        foreach (var node in List(map, "remind"))
        {
            if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 365) days.Add(value);
            else Problem(node, CalendarTexts.FileBadReminder.Format(node.Value));
        }
        return days.Distinct().OrderDescending().ToList();
    }

    private DateOnly? Date(YamlScalarNode node)
    {
        if (DateOnly.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Problem(node, CalendarTexts.FileBadDate.Format(node.Value));
        return null;
    }

    private IEnumerable<YamlScalarNode> List(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        if (node is null) return [];
        if (node is YamlSequenceNode sequence) return sequence.Children.OfType<YamlScalarNode>();
        if (node is YamlScalarNode single) return [single];
        Problem(node, CalendarTexts.FileMustBeList.Format(key));
        return [];
    }
}
