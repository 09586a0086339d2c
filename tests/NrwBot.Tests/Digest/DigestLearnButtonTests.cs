using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Knowledge.Store;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Digest;

/// <summary>Issue 10: „Lernen“ is one click from the digest's unanswered and 👎 sections, for the LKS only.</summary>
public sealed class DigestLearnButtonTests
{
    [Fact]
    public async Task A_digest_with_unanswered_questions_offers_Lernen()
    {
        var report = await DigestTestServices.Week47Async();

        var reply = DigestReplies.Digest(report, null, channelHasCards: true);

        Assert.NotEmpty(report.UnansweredGroups);
        var action = Assert.Single(reply.Actions);
        Assert.Equal(KnowledgeLearningFeature.LearnVerb, action.Verb);
        TextAssert.Equal(DigestTexts.LearnButton, action.Label);
    }

    [Fact]
    public async Task The_button_shows_Lernen_to_the_LKS_and_is_refused_to_anyone_else()
    {
        using var database = KnowledgeStoreHost.Database("sqlite");
        await using var host = await RequestsHost.StartAsync(database);
        await host.TextOfTurnAsync(host.Channel(TestPerson.Erika), "Wann ist die Weihnachtsfeier?");

        var lks = await host.TextOfTurnAsync(host.Channel(TestPerson.Anna), ActivityAssert.Submit(KnowledgeLearningFeature.LearnVerb));
        var other = await host.TextOfTurnAsync(host.Channel(TestPerson.Erika), ActivityAssert.Submit(KnowledgeLearningFeature.LearnVerb));

        TextAssert.Contains(KnowledgeLearningTexts.LearnTitle, lks);
        Assert.Contains("Weihnachtsfeier", lks, StringComparison.Ordinal);
        TextAssert.Contains(KnowledgeLearningTexts.NotLks, other);
        Assert.DoesNotContain("Weihnachtsfeier", other, StringComparison.Ordinal);
    }
}
