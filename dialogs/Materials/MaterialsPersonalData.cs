using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Privacy;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Materials;

/// <summary>The Materialbörse's part of „Meine Daten“ (the user's materials) and of „Meine Daten löschen“ (they are deleted).</summary>
public sealed class MaterialsPersonalData(IMaterialStore store, IMaterialContacts contacts) : IPersonalDataSection
{
    public async Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.ForUser(turn.Input.User);
        var mine = await Wrap(() => store.OwnedAsync(key, cancellationToken));
        var contacted = await Wrap(() => contacts.CountAsync(key, cancellationToken));
        var contactLine = contacted > 0 ? "\n" + MaterialsTexts.MyDataContacts.Format(contacted) : "";
        if (mine.Count == 0) return MaterialsTexts.MyDataNone.German + contactLine;
        var lines = mine.Select(material => MaterialsTexts.MyDataLine.Format(material.Number, SafeText.Escape(material.Title), material.Region,
            material.Withdrawn ? MaterialsTexts.MyDataWithdrawn.German : ""));
        return MaterialsTexts.MyData.Format(mine.Count) + "\n" + string.Join("\n", lines) + contactLine;
    }

    /// <summary>The contact requests first: those about the user's materials are found through the materials.</summary>
    public async Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.ForUser(turn.Input.User);
        await Wrap(async () => { await contacts.ForgetAsync(key, cancellationToken); return 0; });
        await Wrap(() => store.ForgetAsync(key, cancellationToken));
    }

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
