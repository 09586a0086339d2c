using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Network;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Host.Outbox;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>A question without answer for N working days is offered to its asker once for the LKS; the button starts the request intake.</summary>
public sealed class NetworkEscalationTests
{
    [Fact]
    public async Task After_three_working_days_without_answer_the_asker_is_offered_the_LKS_once()
    {
        await using var network = await NetworkHost.StartAsync();
        // Monday 23 November 2026, 10:00.
        await network.AskAsync(TestPerson.Erika, "Wie organisiert ihr die Bestandsanalyse mit Schulen?");
        await network.AskAsync(TestPerson.Carl, "Wer hat Erfahrung mit Demokratiekonferenzen im ländlichen Raum?");
        await network.TurnAsync(network.Personal(NetworkHost.Dora), "Antwort auf N2: Wir im Kreis Euskirchen, gern melden!");
        var escalation = network.Host.Services.GetRequiredService<NetworkEscalation>();

        network.Host.Clock.Advance(TimeSpan.FromDays(2)); // Wednesday: two working days
        var early = await escalation.SendDueAsync(default);
        network.Host.Clock.Advance(TimeSpan.FromDays(1)); // Thursday: three
        var due = await escalation.SendDueAsync(default);
        var again = await escalation.SendDueAsync(default);

        Assert.Equal((0, 1, 0), (early, due, again));
        var offer = Assert.Single(await network.OutboxAsync(), record => record.Subject == "network:N1" && record.Payload?.Contains(RequestFromQuestion.Verb) == true);
        Assert.Equal(TestPerson.Erika.Key, offer.TargetKey);
        var reply = OutboxWriter.Deserialize(offer.Payload!)[0];
        TextAssert.Contains(NetworkTexts.EscalationText, reply.Text);
        // The button starts the intake with the question; the intake asks for consent as always.
        var intake = RequestsHost.Visible(await network.TurnAsync(network.Personal(TestPerson.Erika), ActivityAssert.Submit(RequestFromQuestion.Verb,
            (RequestFromQuestion.QuestionKey, reply.Actions[0].Data![RequestFromQuestion.QuestionKey]))));
        Assert.Contains("Bestandsanalyse", intake);
        Assert.Empty(await network.Host.AllRequestsAsync());
    }
}
