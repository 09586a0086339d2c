using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// Reads "Warteschlange …" filters: states (neu, in Bearbeitung, offen, erledigt, abgelehnt, geschlossen, alle),
/// "dringend", "meine", an age ("älter als 7 Tage", "2 Wochen"), a category (a word of its title, "Fortbildung")
/// and a region ("Kreis Düren"). Without a state the queue shows the open requests.
/// </summary>
public sealed partial class QueueFilterParser(CategoryCatalog categories, IRegionDirectory regions)
{
    private const int ShortestCategoryWord = 4;

    private static readonly (string Word, RequestState[] States)[] StateWords =
    [
        ("in bearbeitung", [RequestState.InProgress]), ("bearbeitung", [RequestState.InProgress]),
        ("neu", [RequestState.New]), ("neue", [RequestState.New]), ("offen", [RequestState.New, RequestState.InProgress]),
        ("offene", [RequestState.New, RequestState.InProgress]), ("erledigt", [RequestState.Done]), ("erledigte", [RequestState.Done]),
        ("abgelehnt", [RequestState.Rejected]), ("abgelehnte", [RequestState.Rejected]),
        ("geschlossen", [RequestState.Done, RequestState.Rejected]), ("geschlossene", [RequestState.Done, RequestState.Rejected]),
    ];

    /// <summary>"überfällig" is read here and applied by the queue (it depends on the service levels, not on a column).</summary>
    public ParsedQueueFilter Parse(string text, string? myKey, DateTimeOffset now)
    {
        var rest = " " + text.Trim().ToLowerInvariant() + " ";
        var overdue = false;
        foreach (var word in ServiceLevels.ServiceLevelTexts.OverdueWords) overdue |= TakeWord(ref rest, word);
        var parsed = ParseRest(rest, myKey, now);
        if (!overdue) return parsed;
        return parsed with { OverdueOnly = true, Description = [.. parsed.Description, ServiceLevels.ServiceLevelTexts.FilterOverdue.German] };
    }

    private ParsedQueueFilter ParseRest(string rest, string? myKey, DateTimeOffset now)
    {
        var description = new List<string>();
        var filter = new RequestFilter();

        if (Age().Match(rest) is { Success: true } age)
        {
            var days = int.Parse(age.Groups["n"].Value, CultureInfo.InvariantCulture) * (age.Groups["unit"].Value.StartsWith('w') ? 7 : 1);
            filter = filter with { CreatedBefore = now.AddDays(-days) };
            description.Add(string.Format(CultureInfo.InvariantCulture, RequestsTexts.FilterAge.German, days));
            rest = rest.Remove(age.Index, age.Length).Insert(age.Index, " ");
        }
        var states = new HashSet<RequestState>();
        var all = TakeWord(ref rest, "alle");
        foreach (var (word, wordStates) in StateWords)
            if (TakeWord(ref rest, word)) states.UnionWith(wordStates);
        if (!all && states.Count == 0) states.UnionWith(RequestFilter.Open);
        filter = filter with { States = states };
        description.Insert(0, all && states.Count == 0 ? RequestsTexts.FilterAll.German : StatesText(states));
        if (TakeWord(ref rest, "dringend") || TakeWord(ref rest, "dringende")) { filter = filter with { UrgentOnly = true }; description.Add(RequestsTexts.FilterUrgent.German); }
        if (TakeWord(ref rest, "meine") && myKey is not null) { filter = filter with { AssigneeKey = myKey }; description.Add(RequestsTexts.FilterMine.German); }

        var remaining = rest.Trim();
        if (remaining.Length > 0 && Region(remaining) is { } wholeRegion) return Done(filter with { Region = wholeRegion.Name }, description, wholeRegion.Name, null);
        var words = remaining.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var category = words.Select(Category).FirstOrDefault(found => found is not null);
        if (category is not null)
        {
            words.RemoveAll(word => Category(word) == category);
            filter = filter with { CategoryId = category.Id };
            description.Add(category.Title);
        }
        remaining = string.Join(' ', words);
        if (remaining.Length == 0) return new ParsedQueueFilter(filter, description, null);
        return Region(remaining) is { } region
            ? Done(filter with { Region = region.Name }, description, region.Name, null)
            : new ParsedQueueFilter(filter, description, remaining);
    }

    private static ParsedQueueFilter Done(RequestFilter filter, List<string> description, string added, string? unknown)
    {
        description.Add(added);
        return new ParsedQueueFilter(filter, description, unknown);
    }

    private Region? Region(string text)
    {
        var matches = regions.Find(text);
        return matches.Count == 1 ? matches[0] : matches.FirstOrDefault(region => string.Equals(region.Name, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A word names a category when it and a word of the title (or the id) start alike: "fortbildung", "öffentlichkeitsarbeit".</summary>
    private RequestCategory? Category(string word)
    {
        if (word.Length < ShortestCategoryWord) return null;
        return categories.Categories.FirstOrDefault(category => category.Id == word || category.Title
            .Split([' ', ',', '&', '-', '*'], StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part.Length >= ShortestCategoryWord)
            .Any(part => word.StartsWith(part, StringComparison.OrdinalIgnoreCase) || part.StartsWith(word, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool TakeWord(ref string text, string word)
    {
        var index = text.IndexOf(" " + word + " ", StringComparison.Ordinal);
        if (index < 0) return false;
        text = text.Remove(index, word.Length + 1);
        return true;
    }

    private static string StatesText(IReadOnlySet<RequestState> states) =>
        states.SetEquals(RequestFilter.Open) ? RequestsTexts.FilterOpen.German : string.Join(", ", states.Order().Select(state => RequestsTexts.StateName(state).German));

    [GeneratedRegex(@"\s(?:(?:älter|aelter)\s+als|mindestens|seit|über|ueber|>)?\s*(?<n>\d{1,3})\s*(?<unit>tagen|tage|tag|t|d|wochen|woche|w)(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Age();
}
