using NrwBot.Dialogs.Network;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>„Meine Daten“ shows the network questions, answers and the opt-in; „Meine Daten löschen“ removes them and what waits to be sent about them.</summary>
public sealed class NetworkMyDataTests
{
    [Fact]
    public async Task Meine_Daten_shows_questions_answers_and_opt_in_and_deleting_removes_them()
    {
        await using var network = await NetworkHost.StartAsync();
        var carl = network.Personal(TestPerson.Carl);
        await network.AskAsync(TestPerson.Erika, "Wie organisiert ihr die Bestandsanalyse mit Schulen?");
        await network.TurnAsync(carl, "Netzwerkfragen an");
        await network.TurnAsync(carl, "Antwort auf N1: Mit einem kurzen Fragebogen an alle Schulleitungen.");

        var shown = await network.TextAsync(carl, "Meine Daten");
        await network.TurnAsync(carl, "Meine Daten löschen");
        await network.TurnAsync(carl, ActivityAssert.Submit("mydata.delete.confirm"));
        var after = await network.TextAsync(carl, "Meine Daten");

        TextAssert.Contains(NetworkTexts.MyDataSummary, shown);
        Assert.Contains(NetworkTexts.MyDataSummary.Format(0, 1, NetworkTexts.On.German), shown);
        Assert.Contains("Fragebogen", shown);
        Assert.Contains(NetworkTexts.MyDataNone.Format(NetworkTexts.Off.German), after);
        Assert.Empty(await network.Store.AnswersAsync(1, default));
        // The message to Erika about his answer (it names him) waited in the outbox: it is gone.
        Assert.DoesNotContain(await network.WaitingForAsync(TestPerson.Erika.Key), text => text.Contains(TestPerson.Carl.Name));
    }
}
