using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Requests.ServiceLevels;

/// <summary>
/// When a request is due: so many NRW working days after the (Berlin) day it came in, by urgency. A request that
/// came in on Maundy Thursday 2027 as „dringend“ is due on the Wednesday after Easter.
/// </summary>
public sealed class ServiceLevels(ServiceLevelOptions options, WorkingDayCalendar workingDays)
{
    public int TargetDays(Urgency urgency) => urgency == Urgency.Urgent ? options.UrgentWorkingDays : options.NormalWorkingDays;

    public DateOnly DueDate(SupportRequest request) =>
        WorkingDayCalendar.AddWorkingDays(workingDays.LocalDate(request.CreatedAt), TargetDays(request.Urgency));

    /// <summary>
    /// When a new request has waited one working day: the same clock time on the working day after the one it came
    /// in (a request of Saturday counts from Monday 9 o'clock, so it is announced again on Tuesday at 9).
    /// </summary>
    public DateTimeOffset UnclaimedAfter(SupportRequest request)
    {
        var start = TimeZoneInfo.ConvertTime(workingDays.NextWorkingTime(request.CreatedAt), workingDays.Zone);
        var local = WorkingDayCalendar.NextWorkingDay(DateOnly.FromDateTime(start.DateTime)).ToDateTime(TimeOnly.FromDateTime(start.DateTime));
        return new DateTimeOffset(local, workingDays.Zone.GetUtcOffset(local));
    }

    public bool IsOverdue(SupportRequest request, DateTimeOffset now) => request.IsOpen && DueDate(request) < workingDays.LocalDate(now);

    /// <summary>„fällig 04.12.2026 · noch 3 Arbeitstage“ for an open request; null for a closed one.</summary>
    public string? TimeLeft(SupportRequest request, DateTimeOffset now) => request.IsOpen
        ? ServiceLevelTexts.Due.Format(GermanTime.Date(DueDate(request)), WorkingDayCalendar.TimeLeft(workingDays.LocalDate(now), DueDate(request)))
        : null;
}
