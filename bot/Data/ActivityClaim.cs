using Microsoft.Bot.Schema;

namespace NrwBot.Host.Data;

/// <summary>
/// The outcome of claiming an incoming activity: new (run the turn), or already claimed by an earlier delivery
/// (<see cref="EarlierReplies"/>: what that turn answered; null while it still runs).
/// </summary>
public sealed record ActivityClaim(bool IsNew, IReadOnlyList<Activity>? EarlierReplies)
{
    public static readonly ActivityClaim Unclaimed = new(true, null);
}
