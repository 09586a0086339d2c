using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// When a reminder may go out: on NRW working days (no weekends, no public holidays) during working hours in the
/// offices' time zone, after the
/// configured idle days, once per idle stretch, and never twice within the minimum interval.
/// </summary>
public sealed class ReminderPolicy(OnboardingOptions options)
{
    private readonly WorkingDayCalendar _workingDays = new(options.TimeZone, options.WorkdayStartHour, options.WorkdayEndHour);

    public TimeSpan IdleTime => TimeSpan.FromDays(options.ReminderAfterDays);

    public TimeSpan MinimumInterval => TimeSpan.FromDays(options.ReminderMinimumIntervalDays);

    public bool IsWorkingTime(DateTimeOffset now) => _workingDays.IsWorkingTime(now);

    public bool IsDue(OnboardingProgress progress, DateTimeOffset now)
    {
        if (progress.RemindersOff || progress.FinishedAt is not null) return false;
        if (now - progress.LastProgressAt < IdleTime) return false;
        if (progress.LastReminderAt is not { } last) return true;
        // One nudge per idle stretch: after a reminder, only new progress followed by new idleness earns another.
        return last < progress.LastProgressAt && now - last >= MinimumInterval;
    }
}
