namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// One deadline or event of the LKS calendar, from a content file (<see cref="Source"/> = "file, Zeile n") or added
/// in the chat by an LKS member (<see cref="Source"/> = "chat"). A single day has <see cref="Start"/> = <see cref="End"/>.
/// </summary>
public sealed record CalendarEntry
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public CalendarEntryKind Kind { get; init; } = CalendarEntryKind.Deadline;
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public CalendarAudience Audience { get; init; } = CalendarAudience.All;

    /// <summary>A knowledge article that explains the entry (its id).</summary>
    public string? ArticleId { get; init; }

    /// <summary>A form or page on the web (https:).</summary>
    public string? Link { get; init; }

    /// <summary>Calendar days before <see cref="Start"/> on which subscribers are reminded (moved back to a working day).</summary>
    public IReadOnlyList<int> ReminderDays { get; init; } = [];

    /// <summary>Sample content the LKS has not confirmed yet ("status: beispiel").</summary>
    public bool IsExample { get; init; }

    public string Source { get; init; } = "";

    public bool IsFromChat => Source == ChatSource;

    public const string ChatSource = "chat";

    /// <summary>The last day that still counts: a deadline's date, or an event's last day.</summary>
    public bool IsAhead(DateOnly today) => End >= today;
}
