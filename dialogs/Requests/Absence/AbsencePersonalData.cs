using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Privacy;

namespace NrwBot.Dialogs.Requests.Absence;

/// <summary>The absences' part of „Meine Daten“ (as member, substitute or setter) and of „Meine Daten löschen“ (they go).</summary>
public sealed class AbsencePersonalData(ILksAbsenceStore store) : IPersonalDataSection
{
    public async Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var involving = await store.InvolvingAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken);
        return involving.Count == 0 ? AbsenceTexts.MyDataNone.German
            : AbsenceTexts.MyData.Format(string.Join("; ", involving.Select(absence =>
                AbsenceTexts.MyDataItem.Format(SafeText.Escape(absence.Member.Name), GermanTime.Date(absence.Until), SafeText.Escape(absence.Substitute.Name)))));
    }

    public Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        store.ForgetAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken);
}
