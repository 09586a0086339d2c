using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// Reads "31.01.2027; Mittelabruf; für Fachkraft; Erinnerung 14, 3; Artikel mittelabruf" (after "Frist eintragen:").
/// Either an entry or the one German sentence that says what is wrong; nothing half-read is ever stored.
/// </summary>
public static partial class CalendarChatEntry
{
    private static readonly string[] DateFormats = ["d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd"];

    public static (CalendarEntry? Entry, string? Problem) Read(string text, CalendarEntryKind kind, DateOnly today,
        IRegionDirectory regions, IReadOnlySet<string> knownArticles)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return (null, CalendarTexts.AddUsage.German);
        var (start, end, dateProblem) = Dates(parts[0], today);
        if (dateProblem is not null) return (null, dateProblem);
        if (parts.Length < 2) return (null, CalendarTexts.AddNoTitle.German);
        var entry = new CalendarEntry
        {
            Id = "",
            Title = parts[1],
            Kind = kind,
            Start = start,
            End = end,
            Source = CalendarEntry.ChatSource,
        };
        foreach (var part in parts[2..])
        {
            var (next, problem) = Option(entry, part, regions, knownArticles);
            if (problem is not null) return (null, problem);
            entry = next;
        }
        return (entry with { Id = IdFor(entry) }, null);
    }

    private static (DateOnly Start, DateOnly End, string? Problem) Dates(string text, DateOnly today)
    {
        var pieces = RangeSeparator().Split(text.Trim());
        if (pieces.Length > 2) return (default, default, CalendarTexts.AddBadDate.Format(text));
        if (!TryDate(pieces[0], out var start)) return (default, default, CalendarTexts.AddBadDate.Format(pieces[0]));
        var end = start;
        if (pieces.Length == 2 && !TryDate(pieces[1], out end)) return (default, default, CalendarTexts.AddBadDate.Format(pieces[1]));
        if (end < start) return (default, default, CalendarTexts.AddEndBeforeStart.Format(Show(start), Show(end)));
        if (end < today) return (default, default, CalendarTexts.AddPastDate.Format(Show(end)));
        return (start, end, null);
    }

    private static (CalendarEntry Entry, string? Problem) Option(CalendarEntry entry, string part, IRegionDirectory regions, IReadOnlySet<string> knownArticles)
    {
        var space = part.IndexOf(' ');
        var word = (space < 0 ? part : part[..space]).ToLowerInvariant();
        var value = space < 0 ? "" : part[(space + 1)..].Trim();
        switch (word)
        {
            case "für" or "fuer":
                var audience = Audience(value, regions);
                return audience is null ? (entry, CalendarTexts.AddBadAudience.Format(value)) : (entry with { Audience = audience }, null);
            case "erinnerung" or "erinnerungen":
                var days = Reminders(value);
                return days is null ? (entry, CalendarTexts.AddBadReminder.German) : (entry with { ReminderDays = days }, null);
            case "artikel":
                return knownArticles.Contains(value) ? (entry with { ArticleId = value }, null) : (entry, CalendarTexts.AddBadLink.Format(value));
            case "link":
                return CalendarLinks.IsWebAddress(value) ? (entry with { Link = value }, null) : (entry, CalendarTexts.AddBadLink.Format(value));
            default:
                return (entry, CalendarTexts.AddBadPart.Format(part));
        }
    }

    private static CalendarAudience? Audience(string value, IRegionDirectory regions)
    {
        if (value.Equals("alle", StringComparison.OrdinalIgnoreCase) || value.Equals("all", StringComparison.OrdinalIgnoreCase)) return CalendarAudience.All;
        var role = ProfileRoles.All.FirstOrDefault(choice => choice.Value.Equals(value, StringComparison.OrdinalIgnoreCase)
            || choice.Title.Equals(value, StringComparison.OrdinalIgnoreCase) || choice.Title.StartsWith(value + " ", StringComparison.OrdinalIgnoreCase));
        if (role is not null) return new CalendarAudience([role.Value], []);
        return CalendarRegions.Resolve(value, regions) is { } region ? new CalendarAudience([], [region]) : null;
    }

    private static List<int>? Reminders(string value)
    {
        var days = new List<int>();
        foreach (var piece in value.Replace("tage", "", StringComparison.OrdinalIgnoreCase).Replace("und", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(piece, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day > 365) return null;
            days.Add(day);
        }
        return days.Count == 0 ? null : days.Distinct().OrderDescending().ToList();
    }

    private static string IdFor(CalendarEntry entry)
    {
        var slug = NotIdCharacters().Replace(GermanText.Fold(entry.Title), "-").Trim('-');
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        return $"chat-{entry.Start:yyyy-MM-dd}-{(slug.Length == 0 ? "eintrag" : slug)}";
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Show(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s*(?:–|—|\sbis\s|\s-\s)\s*")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();
}
