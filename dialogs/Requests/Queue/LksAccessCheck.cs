using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// How every LKS view and command asks <see cref="ILksMembership.AccessAsync"/> and tells the user when it says no,
/// so the refusal reads the same everywhere and no handler checks membership on its own.
/// </summary>
public static class LksAccessCheck
{
    /// <summary>True when granted; otherwise the refusal (<paramref name="notLks"/> or the queue's) has been sent.</summary>
    public static async Task<bool> GrantsAsync(this ILksMembership lks, FeatureTurn turn, CancellationToken cancellationToken, Action<FeatureTurn>? notLks = null)
    {
        var access = await lks.AccessAsync(turn.Input, cancellationToken);
        switch (access)
        {
            case LksAccess.Granted:
                return true;
            case LksAccess.NotHere:
                turn.Send(RequestsTexts.LksNotHere.In(turn.Input.PrefersEnglish));
                return false;
            default:
                (notLks ?? QueueFeature.Refuse)(turn);
                return false;
        }
    }
}
