using NrwBot.Dialogs.Network;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>A knowledge question that is an answered network question in other words shows the colleagues' answers below the knowledge answer.</summary>
public sealed class NetworkSearchTests
{
    [Fact]
    public async Task The_same_question_in_other_words_shows_the_networks_answers_marked_as_colleagues_experience()
    {
        await using var network = await NetworkHost.StartAsync();
        await network.AskAsync(TestPerson.Erika, "Wie organisiert ihr die Bestandsanalyse mit Schulen?");
        await network.TurnAsync(network.Personal(TestPerson.Carl), "Antwort auf N1: Mit einem kurzen Fragebogen an alle Schulleitungen.");
        await network.TurnAsync(network.Personal(NetworkHost.Dora), "Antwort auf N1: Über die Schulsozialarbeit, das ging schneller.");
        await network.TurnAsync(network.Personal(TestPerson.Anna), "A2 ausblenden: Bitte nicht öffentlich.");

        var replies = await network.TurnAsync(network.Personal(TestPerson.Carl), "Wie organisieren wir die Bestandsanalyse an Schulen?");
        var text = RequestsHost.Visible(replies);
        var unrelated = RequestsHost.Visible(await network.TurnAsync(network.Personal(TestPerson.Carl), "Wann ist der Verwendungsnachweis fällig?"));

        Assert.Contains(NetworkTexts.SearchTitle.German, text);
        Assert.Contains("Fragebogen an alle Schulleitungen", text);
        Assert.Contains(NetworkTexts.SearchNote.German, text);
        // The hidden answer is not shown; the network's answers come after the knowledge base's own reply.
        Assert.DoesNotContain("Schulsozialarbeit", text);
        Assert.DoesNotContain(NetworkTexts.SearchTitle.German, RequestsHost.Visible(replies.Take(1)));
        Assert.DoesNotContain(NetworkTexts.SearchTitle.German, unrelated);
    }

    [Fact]
    public async Task A_question_without_visible_answers_is_not_shown()
    {
        await using var network = await NetworkHost.StartAsync();
        await network.AskAsync(TestPerson.Erika, "Wie organisiert ihr die Bestandsanalyse mit Schulen?");

        var text = RequestsHost.Visible(await network.TurnAsync(network.Personal(TestPerson.Carl), "Wie organisieren wir die Bestandsanalyse an Schulen?"));

        Assert.DoesNotContain(NetworkTexts.SearchTitle.German, text);
    }
}
