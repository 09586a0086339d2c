using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// Who may do what with a material: everyone sees network materials; the owner and the LKS also see „LKS only“
/// ones and may edit, withdraw and re-share. Identity is the turn's (never a card's data).
/// </summary>
public sealed class MaterialAccess(ILksMembership lks)
{
    public async Task<bool> IsLksAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        await lks.AccessAsync(turn.Input, cancellationToken) == LksAccess.Granted;

    public static bool Owns(FeatureTurn turn, Material material) => material.OwnerKey == ConversationKeys.ForUser(turn.Input.User);

    public async Task<bool> MayChangeAsync(FeatureTurn turn, Material material, CancellationToken cancellationToken) =>
        Owns(turn, material) || await IsLksAsync(turn, cancellationToken);

    /// <summary>A filter for lists: what this user may see.</summary>
    public async Task<Func<Material, bool>> VisibleToAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var isLks = await IsLksAsync(turn, cancellationToken);
        var key = ConversationKeys.ForUser(turn.Input.User);
        return material => material.Visibility == MaterialVisibility.Network || isLks || material.OwnerKey == key;
    }
}
