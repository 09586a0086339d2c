namespace NrwBot.Dialogs.Materials;

/// <summary>The Materialbörse's storage. Methods throw <see cref="MaterialStoreException"/> when the database fails.</summary>
public interface IMaterialStore
{
    /// <summary>Stores a new material once per <paramref name="sourceKey"/> (user + draft): a second call returns the first.</summary>
    Task<SharedMaterial> ShareAsync(Material material, string sourceKey, CancellationToken cancellationToken);

    Task<Material?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>The material a draft was shared as, if it was.</summary>
    Task<Material?> FindBySourceAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>Every material that is not withdrawn.</summary>
    Task<IReadOnlyList<Material>> ActiveAsync(CancellationToken cancellationToken);

    /// <summary>Every material of one owner, withdrawn ones included.</summary>
    Task<IReadOnlyList<Material>> OwnedAsync(string ownerKey, CancellationToken cancellationToken);

    /// <summary>Replaces the editable fields (title … visibility); the link's check state starts over. False when it does not exist.</summary>
    Task<bool> UpdateAsync(Material material, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Withdraws or re-shares; false when it already was in that state (or does not exist).</summary>
    Task<bool> SetWithdrawnAsync(int id, bool withdrawn, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes every material of the owner („Meine Daten löschen“); returns how many.</summary>
    Task<int> ForgetAsync(string ownerKey, CancellationToken cancellationToken);

    /// <summary>Materials shared per Kreis/Stadt in [from, to) that are still there (not withdrawn), for the regional analysis.</summary>
    Task<IReadOnlyList<RegionMaterialCount>> SharedPerRegionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Active materials whose link was not checked since <paramref name="checkedBefore"/>, longest unchecked first.</summary>
    Task<IReadOnlyList<Material>> DueForLinkCheckAsync(DateTimeOffset checkedBefore, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Records a check. Returns true exactly once per failing spell: when this failure is the one to flag to the
    /// owner (a conditional update claims it, so two instances never flag the same failure twice).
    /// </summary>
    Task<bool> RecordLinkCheckAsync(int id, bool ok, DateTimeOffset now, CancellationToken cancellationToken);
}

public sealed class MaterialStoreException(string message, Exception? inner = null) : Exception(message, inner);
