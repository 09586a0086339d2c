using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Privacy;

/// <summary>
/// What another feature keeps about a user, for "Meine Daten" (one Markdown section) and "Meine Daten löschen".
/// Each feature that stores personal data registers one, so the overview never misses a store.
/// </summary>
public interface IPersonalDataSection
{
    Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken);

    Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken);
}
