using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Pool;

/// <summary>
/// Asks the owner of a profile not confirmed for <see cref="PoolOptions.ConfirmAfterMonths"/> once whether it is still
/// up to date (the profile is hidden from then on until they confirm or change it). Each question is claimed in the
/// store first, so with several instances one asks, and never twice for the same period.
/// </summary>
public sealed class PoolRenewal(ICompetencePoolStore store, IProactiveSender sender, PoolCards cards, PoolOptions options, TimeProvider clock)
{
    /// <summary>Returns how many owners were asked.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var asked = 0;
        foreach (var profile in await store.DueForRenewalAsync(now.AddMonths(-options.ConfirmAfterMonths), cancellationToken))
        {
            if (!await store.TryClaimRenewalAsync(profile.UserKey, profile.ConfirmedAt, now, cancellationToken)) continue;
            var question = cards.Own(profile, PoolTexts.RenewalText.Format(options.ConfirmAfterMonths), hidden: true) with { Title = PoolTexts.RenewalTitle.German };
            if ((await sender.SendToUserAsync(profile.UserKey, [question], cancellationToken)).Accepted) asked++;
        }
        return asked;
    }
}
