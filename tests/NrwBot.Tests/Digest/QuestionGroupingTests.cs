using NrwBot.Dialogs.Digest;
using Xunit.Abstractions;

namespace NrwBot.Tests.Digest;

public sealed class QuestionGroupingTests(ITestOutputHelper output)
{
    [Fact]
    public void On_the_labelled_set_grouping_finds_the_same_questions_and_rarely_joins_different_ones()
    {
        var questions = QuestionGroupingSet.Questions;
        using var grouper = QuestionGrouper.For(DigestTestServices.KnowledgeBase);
        var groups = grouper.Group(questions.Select(question => question.Question));
        var groupOf = new Dictionary<string, int>();
        for (var index = 0; index < groups.Count; index++)
            foreach (var text in new[] { groups[index].Question }.Concat(groups[index].OtherWordings)) groupOf[text] = index;

        int truePairs = 0, foundPairs = 0, correctPairs = 0;
        for (var i = 0; i < questions.Length; i++)
        {
            for (var j = i + 1; j < questions.Length; j++)
            {
                var same = questions[i].Label == questions[j].Label;
                var grouped = groupOf[questions[i].Question] == groupOf[questions[j].Question];
                if (same) truePairs++;
                if (grouped) foundPairs++;
                if (same && grouped) correctPairs++;
            }
        }
        var precision = (double)correctPairs / foundPairs;
        var recall = (double)correctPairs / truePairs;
        output.WriteLine($"{questions.Length} questions, {questions.Select(question => question.Label).Distinct().Count()} labels, {groups.Count} groups; " +
            $"pairs: {truePairs} same, {foundPairs} grouped, {correctPairs} both; precision {precision:0.00}, recall {recall:0.00}");
        Assert.True(recall >= 0.95, $"recall {recall:0.00}");
        Assert.True(precision >= 0.8, $"precision {precision:0.00}");
    }

    [Fact]
    public void The_same_text_in_other_case_and_umlaut_spelling_is_one_wording_and_the_most_frequent_wording_leads()
    {
        using var grouper = QuestionGrouper.For(null);
        var groups = grouper.Group(["Wie wird das Wetter?", "e-mail verteiler fachkraefte", "E-Mail-Verteiler Fachkräfte", "E-MAIL-VERTEILER FACHKRÄFTE!"]);

        Assert.Equal([3, 1], groups.Select(group => group.Count));
        Assert.Equal("e-mail verteiler fachkraefte", groups[0].Question);
        Assert.Empty(groups[0].OtherWordings);
    }

    [Fact]
    public void With_the_knowledge_base_abbreviations_meet_their_synonyms_as_in_search()
    {
        using var withKnowledge = QuestionGrouper.For(DigestTestServices.KnowledgeBase);
        using var plain = QuestionGrouper.For(null);

        Assert.True(withKnowledge.AreSame("Wann ist der VN fällig?", "Wann ist der Verwendungsnachweis fällig?"));
        Assert.False(plain.AreSame("Wann ist der VN fällig?", "Wann ist der Verwendungsnachweis fällig?"));
    }

    [Fact]
    public void A_typo_in_a_longer_word_does_not_split_a_group_but_other_topics_stay_apart()
    {
        using var grouper = QuestionGrouper.For(null);

        Assert.True(grouper.AreSame("Leitfaden für Interviews", "Leitfaden für Intervews"));
        Assert.False(grouper.AreSame("Leitfaden für Interviews in der Bedarfsanalyse", "Leitfaden für Pressemitteilungen"));
    }
}
