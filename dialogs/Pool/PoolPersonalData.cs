using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Privacy;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Pool;

/// <summary>The Kompetenzpool's part of „Meine Daten“ (the whole profile) and of „Meine Daten löschen“ (the profile goes).</summary>
public sealed class PoolPersonalData(ICompetencePoolStore store, PoolFeature feature, PoolCards cards) : IPersonalDataSection
{
    public async Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var profile = await Wrap(() => store.FindAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken));
        if (profile is null) return PoolTexts.MyDataNone.German;
        var none = PoolTexts.Nothing.German;
        return PoolTexts.MyData.Format(
            feature.IsHidden(profile, turn.Now) ? PoolTexts.MyDataHidden.German : "",
            SafeText.Escape(profile.Name), SafeText.Escape(profile.Region),
            Or(string.Join(", ", cards.TopicNames(profile)), none), Or(SafeText.Escape(string.Join(", ", profile.Tags)), none),
            Or(SafeText.Escape(profile.Methods), none), Or(SafeText.Escape(profile.Languages), none),
            PoolCards.Offers(profile.Offers), profile.Email is { } email ? SafeText.Escape(email) : none, GermanTime.Date(profile.ConfirmedAt));
    }

    public Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        Wrap(() => store.DeleteAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken));

    private static string Or(string value, string none) => value.Length > 0 ? value : none;

    // „Meine Daten löschen“ reports a failing store as RequestStoreException, and then keeps the profile.
    private static async Task<T> Wrap<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (PoolStoreException error)
        {
            throw new RequestStoreException(error.Message, error);
        }
    }
}
