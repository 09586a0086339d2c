using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Privacy;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Materials;

/// <summary>The Materialbörse's part of „Meine Daten“ (the user's materials) and of „Meine Daten löschen“ (they are deleted).</summary>
public sealed class MaterialsPersonalData(IMaterialStore store) : IPersonalDataSection
{
    public async Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var mine = await Wrap(() => store.OwnedAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken));
        if (mine.Count == 0) return MaterialsTexts.MyDataNone.German;
        var lines = mine.Select(material => MaterialsTexts.MyDataLine.Format(material.Number, SafeText.Escape(material.Title), material.Region,
            material.Withdrawn ? MaterialsTexts.MyDataWithdrawn.German : ""));
        return MaterialsTexts.MyData.Format(mine.Count) + "\n" + string.Join("\n", lines);
    }

    public Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        Wrap(() => store.ForgetAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken));

    // „Meine Daten löschen“ reports a failing store as RequestStoreException, and then keeps the profile.
    private static async Task<T> Wrap<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (MaterialStoreException error)
        {
            throw new RequestStoreException(error.Message, error);
        }
    }
}
