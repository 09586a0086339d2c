using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// Shares or changes a material after the summary's „Senden“: title and description are checked for personal data
/// with the same analysis as request texts (a material is read by the whole network, so it is refused, not
/// redacted); then it is stored, and only then confirmed. Sharing is idempotent per draft (double click).
/// </summary>
public sealed class MaterialSubmitter(IMaterialStore store, ILanguageAnalyzer analyzer, MaterialAccess access, MaterialCards cards)
{
    /// <summary>What makes a sharing unique: the user and the draft they confirmed (both clicks of a double click carry it).</summary>
    public static string SourceKey(string ownerKey, string? draftId, string? activityId) =>
        ownerKey + (draftId is { Length: > 0 } ? "|draft:" + draftId : "|" + (activityId ?? Guid.NewGuid().ToString("N")));

    public async Task<Material?> FindSharedAsync(FeatureTurn turn, string draftId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.FindBySourceAsync(SourceKey(ConversationKeys.ForUser(turn.Input.User), draftId, null), cancellationToken);
        }
        catch (MaterialStoreException)
        {
            return null;
        }
    }

    public async Task<bool> ShareAsync(FeatureTurn turn, Material material, string? draftId, CancellationToken cancellationToken)
    {
        if (!await FreeOfPersonalDataAsync(turn, material, cancellationToken)) return false;
        SharedMaterial shared;
        try
        {
            shared = await store.ShareAsync(material with { SharedAt = turn.Now, UpdatedAt = turn.Now },
                SourceKey(material.OwnerKey, draftId, turn.Input.ActivityId), cancellationToken);
        }
        catch (MaterialStoreException)
        {
            turn.Send(MaterialsTexts.StoreFailed.German);
            return false;
        }
        turn.Send(cards.Shared(shared.Material, shared.IsNew));
        return true;
    }

    public async Task<bool> UpdateAsync(FeatureTurn turn, int id, Material changed, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await store.FindAsync(id, cancellationToken);
            if (stored is null) { turn.Send(MaterialsTexts.NotFound.Format(id)); return true; }
            if (!await access.MayChangeAsync(turn, stored, cancellationToken)) { turn.Send(MaterialsTexts.NotYours.German); return true; }
            if (!await FreeOfPersonalDataAsync(turn, changed, cancellationToken)) return false;
            // The owner stays who shared it, also when the LKS edits.
            await store.UpdateAsync(changed with { Id = id, OwnerKey = stored.OwnerKey }, turn.Now, cancellationToken);
            turn.Send(cards.Changed((await store.FindAsync(id, cancellationToken))!));
            return true;
        }
        catch (MaterialStoreException)
        {
            turn.Send(MaterialsTexts.StoreFailed.German);
            return false;
        }
    }

    private async Task<bool> FreeOfPersonalDataAsync(FeatureTurn turn, Material material, CancellationToken cancellationToken)
    {
        var analysis = await analyzer.AnalyzeAsync(material.Title + "\n" + material.Description, cancellationToken);
        if (analysis.Pii.Count == 0) return true;
        var kinds = analysis.Pii.Select(entity => MaterialsTexts.PiiName(entity.Category).German).Distinct();
        turn.Send(MaterialsTexts.PersonalDataFound.Format(string.Join(", ", kinds)));
        return false;
    }
}
