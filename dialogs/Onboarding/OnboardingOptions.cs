namespace NrwBot.Dialogs.Onboarding;

/// <summary>Section "Onboarding" of the configuration: reminders and the digest's idea of "stuck".</summary>
public sealed class OnboardingOptions
{
    /// <summary>Days without progress before the one friendly nudge.</summary>
    public int ReminderAfterDays { get; set; } = 7;

    /// <summary>At most one reminder per user in this many days (the issue: at most one per week).</summary>
    public int ReminderMinimumIntervalDays { get; set; } = 7;

    /// <summary>Reminders go out on NRW working days between these hours (local time), never at night, at weekends or on public holidays.</summary>
    public int WorkdayStartHour { get; set; } = 9;

    public int WorkdayEndHour { get; set; } = 17;

    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>How often the reminder worker looks for users to nudge.</summary>
    public int CheckIntervalMinutes { get; set; } = 15;

    /// <summary>Switches the reminder worker off for the whole bot (users switch their own with "Erinnerungen aus").</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>An unfinished onboarding without progress for this many days counts as stuck in the digest.</summary>
    public int StuckAfterDays { get; set; } = 14;
}
