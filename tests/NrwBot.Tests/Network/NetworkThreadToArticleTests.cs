using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>„N1 als Wissensartikel“: the LKS turns a good network thread into an article draft (four eyes as every draft); others are refused.</summary>
public sealed class NetworkThreadToArticleTests
{
    private const string Question = "Wie habt ihr die Bestandsanalyse mit den Schulen organisiert?";
    private const string Answer = "Wir haben die Schulleitungen zuerst im Arbeitskreis gefragt.";

    [Fact]
    public async Task The_LKS_turns_a_thread_into_a_draft_with_the_answers_but_without_names_and_others_are_refused()
    {
        await using var network = await NetworkHost.StartAsync();
        await network.AskAsync(TestPerson.Erika, Question);
        var anna = network.Personal(TestPerson.Anna);

        var tooEarly = await network.TextAsync(anna, "N1 als Wissensartikel");
        await network.TextAsync(network.Personal(TestPerson.Carl), "Antwort auf N1: " + Answer);
        var form = await network.TurnAsync(anna, "N1 als Wissensartikel");
        var refused = await network.TextAsync(network.Personal(TestPerson.Carl), "N1 als Wissensartikel");

        Assert.Contains(ArticleDraftTexts.FromNetworkUnknown.Format("N1"), tooEarly);
        var card = ActivityAssert.Card(form.Last()).ToString();
        Assert.Contains(Question, card);
        Assert.Contains(Answer, card);
        Assert.DoesNotContain(TestPerson.Carl.Name, card);
        Assert.Contains(ArticleDraftTexts.FromNetworkSource.Format("N1"), card);
        Assert.Contains(KnowledgeLearningTexts.NotLks.German, refused);
    }
}
