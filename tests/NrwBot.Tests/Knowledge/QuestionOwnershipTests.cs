using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Data;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Knowledge;

/// <summary>
/// Rating and following up a logged question belong to its asker: a card whose qid names someone else's question
/// (forged, or forwarded from another chat) gets a friendly refusal and changes nothing in the question log.
/// </summary>
public sealed class QuestionOwnershipTests
{
    [Theory]
    [InlineData(KnowledgeFeature.HelpfulVerb)]
    [InlineData(KnowledgeFeature.NotHelpfulVerb)]
    public async Task Rating_someone_elses_question_is_refused_and_changes_nothing(string verb)
    {
        await using var host = await RequestsHost.StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        var carl = host.Channel(TestPerson.Carl);
        var qid = Assert.Single(QuestionIds(await host.TurnAsync(erika, "Wann ist der Verwendungsnachweis fällig?")));

        var forged = await host.TextOfTurnAsync(carl, ActivityAssert.Submit(verb, ("qid", qid)));

        TextAssert.Contains(KnowledgeTexts.NotYourQuestion, forged);
        Assert.Null((await EntryAsync(host, qid)).Feedback);
        var own = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(verb, ("qid", qid)));
        TextAssert.DoesNotContain(KnowledgeTexts.NotYourQuestion, own);
        Assert.Equal(verb == KnowledgeFeature.HelpfulVerb ? "up" : "down", (await EntryAsync(host, qid)).Feedback);
    }

    [Fact]
    public async Task Opening_an_article_with_someone_elses_question_id_records_nothing_and_binds_no_buttons_to_it()
    {
        await using var host = await RequestsHost.StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        var carl = host.Channel(TestPerson.Carl);
        var qid = Assert.Single(QuestionIds(await host.TurnAsync(erika, "Wann ist der Verwendungsnachweis fällig?")));

        var replies = await host.TurnAsync(carl, ActivityAssert.Submit(OpenArticle.Verb, (OpenArticle.IdKey, "mittelabruf"), (OpenArticle.QuestionIdKey, qid)));

        Assert.Contains("Mittelabruf", RequestsHost.Visible(replies));
        Assert.Null((await EntryAsync(host, qid)).FollowUpArticleId);
        Assert.DoesNotContain(qid, QuestionIds(replies));
    }

    /// <summary>The question ids the buttons of these replies carry.</summary>
    private static List<string> QuestionIds(IEnumerable<Microsoft.Bot.Schema.IActivity> replies)
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(replies.Select(reply => ((Microsoft.Bot.Schema.Activity)reply).Attachments));
        return System.Text.RegularExpressions.Regex.Matches(json, "qid\\\\?\"\\s*:\\s*\\\\?\"(\\d+)").Select(match => match.Groups[1].Value).Distinct().ToList();
    }

    private static async Task<QuestionRecord> EntryAsync(RequestsHost host, string qid)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<QuestionRecord>().AsNoTracking().SingleAsync(record => record.Id == long.Parse(qid));
    }
}
