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
        var answer = (await host.TurnAsync(erika, "Wann ist der Verwendungsnachweis fällig?")).Single();
        var qid = QuestionIdOf(answer);

        var forged = await host.TextOfTurnAsync(carl, ActivityAssert.Submit(verb, ("qid", qid)));

        Assert.Contains(KnowledgeTexts.NotYourQuestion, forged);
        Assert.Null((await EntryAsync(host, qid)).Feedback);
        var own = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(verb, ("qid", qid)));
        Assert.DoesNotContain(KnowledgeTexts.NotYourQuestion, own);
        Assert.Equal(verb == KnowledgeFeature.HelpfulVerb ? "up" : "down", (await EntryAsync(host, qid)).Feedback);
    }

    [Fact]
    public async Task Opening_an_article_with_someone_elses_question_id_records_nothing_and_binds_no_buttons_to_it()
    {
        await using var host = await RequestsHost.StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        var carl = host.Channel(TestPerson.Carl);
        var qid = QuestionIdOf((await host.TurnAsync(erika, "Wann ist der Verwendungsnachweis fällig?")).Single());

        var article = (await host.TurnAsync(carl, ActivityAssert.Submit(KnowledgeFeature.OpenVerb, ("id", "mittelabruf"), ("qid", qid)))).Single();

        Assert.Null((await EntryAsync(host, qid)).FollowUpArticleId);
        Assert.DoesNotContain(qid, Newtonsoft.Json.JsonConvert.SerializeObject(article.GetType().GetProperty("Attachments")!.GetValue(article)));
    }

    private static string QuestionIdOf(Microsoft.Bot.Schema.IActivity answer)
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(((Microsoft.Bot.Schema.Activity)answer).Attachments);
        var match = System.Text.RegularExpressions.Regex.Match(json, "\"qid\\\\?\"\\s*:\\s*\\\\?\"(\\d+)");
        Assert.True(match.Success, json);
        return match.Groups[1].Value;
    }

    private static async Task<QuestionRecord> EntryAsync(RequestsHost host, string qid)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<QuestionRecord>().AsNoTracking().SingleAsync(record => record.Id == long.Parse(qid));
    }
}
