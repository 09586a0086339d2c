using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Lks;

/// <summary>
/// How every LKS view and command asks <see cref="ILksMembership.AccessAsync"/> and tells the user when it says no,
/// so the refusal reads the same everywhere and no handler checks membership on its own.
/// </summary>
public static class LksAccessCheck
{
    /// <summary>True when granted; otherwise the refusal (<paramref name="notLks"/>, or <see cref="LksTexts.NotHere"/>) has been sent.</summary>
    public static async Task<bool> GrantsAsync(this ILksMembership lks, FeatureTurn turn, CancellationToken cancellationToken, Action<FeatureTurn> notLks)
    {
        var access = await lks.AccessAsync(turn.Input, cancellationToken);
        switch (access)
        {
            case LksAccess.Granted:
                return true;
            case LksAccess.NotHere:
                turn.Send(LksTexts.NotHere.In(turn.Input.PrefersEnglish));
                return false;
            default:
                notLks(turn);
                return false;
        }
    }
}
