using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Knowledge;

/// <summary>Issue 10: several questions in one message get an answer each, through the real pipeline and the shipped articles.</summary>
public sealed class SeveralQuestionsTests
{
    [Fact]
    public async Task Two_questions_in_one_message_get_an_answer_card_each()
    {
        await using var host = await BotTestHost.StartAsync();

        var replies = await host.TurnAsync(host.Channel(), "Wann ist der Verwendungsnachweis fällig? Und wie rufe ich Mittel ab?");

        var articles = replies.Select(ArticleOf).ToList();
        Assert.Equal(["verwendungsnachweis", "mittelabruf"], articles.Where(id => id is not null));
    }

    [Fact]
    public async Task A_message_whose_second_part_has_no_answer_is_answered_as_a_whole()
    {
        await using var host = await BotTestHost.StartAsync();

        var replies = await host.TurnAsync(host.Channel(), "Wann ist der Verwendungsnachweis fällig? Wo steht eigentlich der Drucker im zweiten Stock?");

        Assert.True(replies.Select(ArticleOf).Count(id => id is not null) <= 1, string.Join(" | ", replies.Select(ActivityAssert.VisibleText)));
    }

    [Theory]
    [InlineData("Wann ist der Verwendungsnachweis fällig?", 1)]
    [InlineData("Wann ist der Verwendungsnachweis fällig? Danke!", 1)]
    [InlineData("Wann ist der VN fällig? Und wie rufe ich Mittel ab?", 2)]
    [InlineData("Erste Frage hier bitte?\nZweite Frage kommt jetzt?\nDritte Frage auch noch?\nVierte Frage ist zu viel?", 1)]
    public void A_message_splits_into_its_questions(string message, int parts) =>
        Assert.Equal(parts, QuestionParts.Of(message).Count);

    /// <summary>The article an answer card is about: the id its 👍/👎 buttons carry.</summary>
    private static string? ArticleOf(Microsoft.Bot.Schema.IActivity reply) =>
        reply is Microsoft.Bot.Schema.IMessageActivity { Attachments.Count: > 0 }
            ? ActivityAssert.Card(reply).SelectTokens("$..actions[*].data")
                .OfType<JObject>().FirstOrDefault(data => data.Value<string>("verb") == KnowledgeFeature.HelpfulVerb)?.Value<string>(OpenArticle.IdKey)
            : null;
}
