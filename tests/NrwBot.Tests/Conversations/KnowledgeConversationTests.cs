using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Host.Data;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Tests.Conversations;

/// <summary>Knowledge answers through the whole pipeline, down to the question log in the database.</summary>
public sealed class KnowledgeConversationTests
{
    [Fact]
    public async Task A_confident_answer_cites_its_source_and_feedback_lands_in_the_question_log()
    {
        await using var host = await BotTestHost.StartAsync();
        var teams = host.Channel();

        var answer = (await host.TurnAsync(teams, "Bescheid oder Vertrag bei der Weiterleitung?"))[0];
        var text = ActivityAssert.VisibleText(answer);
        TextAssert.Contains(KnowledgeTexts.SourceLabel, text);
        TextAssert.Contains(KnowledgeTexts.SampleNote, text);
        var down = ActivityAssert.Card(answer).SelectToken("actions[?(@.data.verb == 'kb.down')].data")!;

        await host.TurnAsync(teams, ActivityAssert.Submit("kb.down", ("id", down["id"]!.ToString()), ("qid", down["qid"]!.ToString())));

        var question = await SingleQuestionAsync(host);
        Assert.Equal("weiterleitung-bescheid-oder-vertrag", question.ArticleId);
        Assert.Equal("answer", question.Decision);
        Assert.Equal("down", question.Feedback);
        Assert.DoesNotContain("Erika", question.UserKey);
    }

    [Fact]
    public async Task A_vague_question_gets_suggestions_and_the_click_opens_the_article_and_is_logged()
    {
        await using var host = await BotTestHost.StartAsync();
        var teams = host.Channel();

        var suggestion = (await host.TurnAsync(teams, "Förderung"))[0];
        TextAssert.Contains(KnowledgeTexts.SuggestTitle, suggestion);
        var open = ActivityAssert.Card(suggestion).SelectTokens("actions[?(@.data.verb == 'kb.open')].data").Skip(1).First();

        var article = (await host.TurnAsync(teams, ActivityAssert.Submit("kb.open", ("id", open["id"]!.ToString()), ("qid", open["qid"]!.ToString()))))[0];

        TextAssert.Contains(KnowledgeTexts.SourceLabel, article);
        var question = await SingleQuestionAsync(host);
        Assert.Equal("suggest", question.Decision);
        Assert.Equal(open["id"]!.ToString(), question.FollowUpArticleId);
    }

    [Fact]
    public async Task An_unanswerable_question_is_declined_honestly_and_logged_without_an_article()
    {
        await using var host = await BotTestHost.StartAsync();
        var replies = await host.TurnAsync(host.Channel(channelId: "slack"), "Wie wird das Wetter morgen in Hamm?");

        Assert.Contains("LKS", ((IMessageActivity)replies[0]).Text);
        Assert.Contains("1. " + KnowledgeTexts.ForwardButton.German, ((IMessageActivity)replies[0]).Text);
        TextAssert.Contains(Dialogs.Contacts.ContactsTexts.HumanTitle, ((IMessageActivity)replies[1]).Text);
        var question = await SingleQuestionAsync(host);
        Assert.Null(question.ArticleId);
        Assert.Equal("none", question.Decision);
    }

    [Fact]
    public async Task A_question_without_a_topic_is_not_answered_with_confidence()
    {
        await using var host = await BotTestHost.StartAsync();
        var reply = (await host.TurnAsync(host.Channel(), "Was muss ich beachten?"))[0];
        TextAssert.Contains(KnowledgeTexts.NoAnswerText, reply);
    }

    private static async Task<QuestionRecord> SingleQuestionAsync(BotTestHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<QuestionRecord>().SingleAsync();
    }
}
