using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Tests.Knowledge;

public class KnowledgeConfusionTests
{
    [Fact]
    public void The_confusion_list_groups_misses_by_expected_article_most_confused_first()
    {
        var figures = new EvalFigures(0, 0, 0,
        [
            new EvalMiss("a", "mittelabruf", "formulare-uebersicht", KnowledgeDecision.Answer, 0.8),
            new EvalMiss("b", "steuerungsgruppe", "stellenbeschreibung-fachkraft", KnowledgeDecision.Suggest, 0.6),
            new EvalMiss("c", "mittelabruf", "formulare-uebersicht", KnowledgeDecision.Answer, 0.7),
            new EvalMiss("d", "mittelabruf", "verwendungsnachweis", KnowledgeDecision.Suggest, 0.5),
            new EvalMiss("e", "mittelabruf", null, KnowledgeDecision.None, 0),
            new EvalMiss("f", null, "formulare-uebersicht", KnowledgeDecision.Answer, 0.9),
        ]);

        var confusions = figures.Confusions;

        Assert.Equal(["mittelabruf", "steuerungsgruppe"], confusions.Select(entry => entry.ExpectedId));
        Assert.Equal([("formulare-uebersicht", 2), ("verwendungsnachweis", 1)], confusions[0].Instead);
    }
}
