using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Lks;

/// <summary>
/// Who is away today and who stands in: new assignments, reminders and the holder shown on a request go to the
/// substitute while the member is absent. The date passing ends an absence by itself (only current ones are read).
/// </summary>
public sealed class LksAbsences(ILksAbsenceStore store, WorkingDayCalendar workingDays, TimeProvider clock)
{
    public DateOnly Today => workingDays.LocalDate(clock.GetUtcNow());

    public Task<IReadOnlyList<LksAbsence>> CurrentAsync(CancellationToken cancellationToken) => store.CurrentAsync(Today, cancellationToken);

    /// <summary>The person to act for <paramref name="member"/> today: the substitute while away, else the member.</summary>
    public async Task<RequestActor> StandInAsync(RequestActor member, CancellationToken cancellationToken) =>
        StandIn(await CurrentAsync(cancellationToken), member);

    /// <summary>One step only: a substitute who is away too is still named (a chain could run in a circle).</summary>
    public static RequestActor StandIn(IReadOnlyList<LksAbsence> away, RequestActor member) =>
        Of(away, member)?.Substitute ?? member;

    public static LksAbsence? Of(IReadOnlyList<LksAbsence> away, RequestActor? member) =>
        member is null ? null : away.FirstOrDefault(absence => absence.Member.IsSamePerson(member));
}
