namespace NrwBot.Dialogs.Materials;

/// <summary>
/// Who has already asked for contact about which material, so „Kontakt aufnehmen“ tells the author once per person
/// and material. Throws <see cref="MaterialStoreException"/> when the database fails.
/// </summary>
public interface IMaterialContacts
{
    /// <summary>True for the first click of this person on this material (the claim is stored); false for every later one.</summary>
    Task<bool> TryClaimAsync(int materialId, string clickerKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives the claim back when the author could not be told, so a later click tries again.</summary>
    Task ReleaseAsync(int materialId, string clickerKey, CancellationToken cancellationToken);

    /// <summary>How many materials this person asked for contact about („Meine Daten“).</summary>
    Task<int> CountAsync(string clickerKey, CancellationToken cancellationToken);

    /// <summary>„Meine Daten löschen“: the person's own contact requests, and those of others about the person's materials.</summary>
    Task ForgetAsync(string userKey, CancellationToken cancellationToken);
}
