using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Digest;

/// <summary>The digest's facts from the question log and the knowledge base, on SQLite and PostgreSQL.</summary>
public sealed class DatabaseDigestDataSourceTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Questions_of_the_period_come_from_the_log_with_decision_feedback_and_article_title(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, $"{TestDatabase.PostgresVariable} is not set");
        using var database = TestDatabase.Create(provider);
        await using var host = await DigestTestHost.StartAsync(database, DigestFixture.Monday);
        var log = host.App.Services.GetRequiredService<IQuestionLog>();
        async Task<string> AskAsync(string text, string? article, KnowledgeDecision decision, DateTimeOffset at) =>
            await log.RecordAsync(new QuestionLogEntry("user-key", text, article, decision, 0.5, at.ToUniversalTime()), CancellationToken.None);

        await AskAsync("vor der Woche", null, KnowledgeDecision.None, DigestFixture.At(2026, 11, 15, 23, 59));
        await AskAsync("Gibt es einen E-Mail-Verteiler?", null, KnowledgeDecision.None, DigestFixture.At(2026, 11, 16, 0, 0));
        var down = await AskAsync("Wann ist der VN fällig?", "verwendungsnachweis", KnowledgeDecision.Answer, DigestFixture.At(2026, 11, 18, 9, 0));
        await log.RecordFeedbackAsync(down, "user-key", KnowledgeFeedback.NotHelpful, CancellationToken.None);
        await AskAsync("Sonntagabend", "mittelabruf", KnowledgeDecision.Suggest, DigestFixture.At(2026, 11, 22, 23, 59));
        await AskAsync("nach der Woche", null, KnowledgeDecision.None, DigestFixture.At(2026, 11, 23, 0, 0));

        var input = await host.App.Services.GetRequiredService<IDigestDataSource>().LoadAsync(DigestFixture.Week47, CancellationToken.None);

        Assert.Equal(["Gibt es einen E-Mail-Verteiler?", "Wann ist der VN fällig?", "Sonntagabend"], input.Questions.Select(question => question.Text));
        var vn = input.Questions[1];
        Assert.Equal((KnowledgeDecision.Answer, KnowledgeFeedback.NotHelpful, "verwendungsnachweis"), (vn.Decision, vn.Feedback, vn.ArticleId));
        Assert.False(string.IsNullOrEmpty(vn.ArticleTitle));
        Assert.Equal((KnowledgeDecision.Suggest, (KnowledgeFeedback?)null), (input.Questions[2].Decision, input.Questions[2].Feedback));
    }

    [Fact]
    public async Task Requests_come_from_the_plugged_in_facts_and_onboarding_is_zero_until_that_feature_is_plugged_in()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, DigestFixture.Monday);

        var input = await host.App.Services.GetRequiredService<IDigestDataSource>().LoadAsync(DigestFixture.Week47, CancellationToken.None);

        // Created from 9 November (the previous week's start), or older and still open then: all ten of the fixture.
        Assert.Equal(10, input.Requests.Count);
        Assert.Equal(DigestOnboarding.None, input.Onboarding);
    }

    [Fact]
    public async Task Expired_articles_are_those_past_valid_until_today()
    {
        using var database = TestDatabase.Sqlite();
        // mittelabruf is valid until 31 December 2026.
        await using var host = await DigestTestHost.StartAsync(database, DigestFixture.At(2027, 1, 4, 9, 0));

        var input = await host.App.Services.GetRequiredService<IDigestDataSource>().LoadAsync(DigestFixture.Week47, CancellationToken.None);

        Assert.Contains(input.ExpiredArticles, article => article.Id == "mittelabruf" && article.ValidUntil == new DateOnly(2026, 12, 31));
    }
}
