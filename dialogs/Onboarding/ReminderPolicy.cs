namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// When a reminder may go out: on working days during working hours in the offices' time zone, after the
/// configured idle days, once per idle stretch, and never twice within the minimum interval.
/// </summary>
public sealed class ReminderPolicy(OnboardingOptions options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public TimeSpan IdleTime => TimeSpan.FromDays(options.ReminderAfterDays);

    public TimeSpan MinimumInterval => TimeSpan.FromDays(options.ReminderMinimumIntervalDays);

    public bool IsWorkingTime(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        return local.Hour >= options.WorkdayStartHour && local.Hour < options.WorkdayEndHour;
    }

    public bool IsDue(OnboardingProgress progress, DateTimeOffset now)
    {
        if (progress.RemindersOff || progress.FinishedAt is not null) return false;
        if (now - progress.LastProgressAt < IdleTime) return false;
        if (progress.LastReminderAt is not { } last) return true;
        // One nudge per idle stretch: after a reminder, only new progress followed by new idleness earns another.
        return last < progress.LastProgressAt && now - last >= MinimumInterval;
    }
}
