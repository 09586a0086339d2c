namespace NrwBot.Dialogs.Lks;

/// <summary>Where absences live: one per member, replaced by a new one, removed by „Wieder da“.</summary>
public interface ILksAbsenceStore
{
    /// <summary>The absences whose last day is <paramref name="today"/> or later.</summary>
    Task<IReadOnlyList<LksAbsence>> CurrentAsync(DateOnly today, CancellationToken cancellationToken);

    Task SaveAsync(LksAbsence absence, CancellationToken cancellationToken);

    /// <summary>True when there was one to end.</summary>
    Task<bool> EndAsync(string memberKey, CancellationToken cancellationToken);

    /// <summary>„Meine Daten“: the absences the person is the member, the substitute or the setter of.</summary>
    Task<IReadOnlyList<LksAbsence>> InvolvingAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>„Meine Daten löschen“: every absence the person is part of goes (a substitute gone means no stand-in).</summary>
    Task<int> ForgetAsync(string userKey, CancellationToken cancellationToken);
}
