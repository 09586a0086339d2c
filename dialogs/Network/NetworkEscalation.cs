using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// A question nobody answered within <see cref="NetworkOptions.EscalateAfterWorkingDays"/> working days is offered to
/// its asker once for passing to the LKS: the button starts the request intake with the question, where the asker
/// decides whether the LKS may see their name. Each offer is claimed in the database first (several instances send it once).
/// </summary>
public sealed class NetworkEscalation(INetworkStore store, INetworkOutbound outbound, NetworkOptions options, TimeProvider clock)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = Requests.GermanTime.Today(now);
        var sent = 0;
        // N working days are at least N calendar days: the database narrows, the working-day calendar decides.
        foreach (var question in await store.UnansweredAsync(now.AddDays(-options.EscalateAfterWorkingDays), cancellationToken))
        {
            if (WorkingDayCalendar.WorkingDaysBetween(Requests.GermanTime.Today(question.CreatedAt), today) < options.EscalateAfterWorkingDays) continue;
            if (!await store.ClaimEscalationAsync(question.Id, now, cancellationToken)) continue;
            await outbound.SendAsync(question.AskerKey, Offer(question), NetworkSubjects.Of(question), NetworkSubjects.Of(question) + ":escalation", cancellationToken);
            sent++;
        }
        return sent;
    }

    private Reply Offer(NetworkQuestion question) => new()
    {
        Title = NetworkTexts.EscalationTitle.Format(question.Number),
        Text = NetworkTexts.EscalationText.Format(options.EscalateAfterWorkingDays, SafeText.Escape(question.Text)),
        Actions =
        [
            CardActions.Button(Knowledge.KnowledgeTexts.ForwardButton.German, new RequestFromQuestion(question.Text)),
            CardActions.Button(NetworkTexts.CloseButton.German, new CloseNetworkQuestion(question.Id)),
        ],
    };
}
