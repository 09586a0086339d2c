namespace NrwBot.Dialogs.Pool;

/// <summary>Where the Kompetenzpool is kept. Throws <see cref="PoolStoreException"/> when the database cannot be reached.</summary>
public interface ICompetencePoolStore
{
    Task<CompetenceProfile?> FindAsync(string userKey, CancellationToken cancellationToken);

    Task<CompetenceProfile?> FindByPublicIdAsync(string publicId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the person's profile (one per person).</summary>
    Task SaveAsync(CompetenceProfile profile, CancellationToken cancellationToken);

    /// <summary>Sets the confirmation time; false when there is no profile.</summary>
    Task<bool> ConfirmAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes the person's profile; false when there was none.</summary>
    Task<bool> DeleteAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>The profiles confirmed at or after <paramref name="confirmedSince"/>: the ones the network sees.</summary>
    Task<IReadOnlyList<CompetenceProfile>> VisibleAsync(DateTimeOffset confirmedSince, CancellationToken cancellationToken);

    /// <summary>Profiles confirmed before <paramref name="confirmedBefore"/> whose owner was not asked since.</summary>
    Task<IReadOnlyList<CompetenceProfile>> DueForRenewalAsync(DateTimeOffset confirmedBefore, CancellationToken cancellationToken);

    /// <summary>Claims the one question „still up to date?“ for this period: false when another instance (or an earlier run) asked.</summary>
    Task<bool> TryClaimRenewalAsync(string userKey, DateTimeOffset confirmedAt, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>The pool's database could not be reached; the feature says so in friendly words.</summary>
public sealed class PoolStoreException(string message, Exception inner) : Exception(message, inner);
