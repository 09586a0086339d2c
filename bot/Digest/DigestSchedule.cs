using Cronos;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Host.Digest;

/// <summary>
/// When digests are due (a Cronos expression in a time zone) and which period each due time stands for. Cronos
/// handles the clock changes: a time skipped in spring fires at the first instant after the gap, a time that occurs
/// twice in autumn fires once.
/// </summary>
public sealed class DigestSchedule
{
    private readonly CronExpression _cron;

    private DigestSchedule(CronExpression cron, TimeZoneInfo zone, DigestSchedulePeriod period)
    {
        _cron = cron;
        Zone = zone;
        Period = period;
    }

    public TimeZoneInfo Zone { get; }
    public DigestSchedulePeriod Period { get; }

    public static DigestSchedule From(DigestOptions options) =>
        TryCreate(options, out var schedule, out var error) ? schedule! : throw new InvalidOperationException(error);

    public static bool TryCreate(DigestOptions options, out DigestSchedule? schedule, out string? error)
    {
        schedule = null;
        error = null;
        if (DigestPeriod.FindZone(options.TimeZone) is not { } zone)
        {
            error = $"Digest:TimeZone \"{options.TimeZone}\" ist keine bekannte Zeitzone (z. B. Europe/Berlin).";
            return false;
        }
        try
        {
            schedule = new DigestSchedule(CronExpression.Parse(options.Cron, CronFormat.Standard), zone, options.Period);
            return true;
        }
        catch (CronFormatException exception)
        {
            error = $"Digest:Cron \"{options.Cron}\" ist kein gültiger Cron-Ausdruck: {exception.Message}";
            return false;
        }
    }

    /// <summary>Due times after <paramref name="after"/> up to and including <paramref name="until"/>, oldest first.</summary>
    public IEnumerable<DateTimeOffset> DueBetween(DateTimeOffset after, DateTimeOffset until) =>
        _cron.GetOccurrences(after, until, Zone, fromInclusive: false, toInclusive: true);

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _cron.GetNextOccurrence(instant, Zone);

    /// <summary>The period a digest due at <paramref name="due"/> covers: the calendar week (or month) before the one it is due in.</summary>
    public DigestPeriod PeriodFor(DateTimeOffset due) => Period == DigestSchedulePeriod.Month
        ? DigestPeriod.PreviousMonth(due, Zone)
        : DigestPeriod.PreviousWeek(due, Zone);
}
