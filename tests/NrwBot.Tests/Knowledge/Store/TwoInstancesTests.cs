using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Tests.Infrastructure;
using static NrwBot.Tests.Knowledge.Store.KnowledgeStoreHost;

namespace NrwBot.Tests.Knowledge.Store;

/// <summary>
/// Two running bots on one database (every background service on, real clock, the revision polled every 200 ms):
/// a publish and a rollback on one are answered by the other within seconds, without a restart.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string Question = "Wann ist der Verwendungsnachweis fällig?";
    private const string Marker = "NEU: Die Frist für den Verwendungsnachweis ist jetzt der 30. Juni.";

    // A guard against hanging, not the expectation: the other instance reloads within one poll interval.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_publish_and_a_rollback_on_one_instance_are_served_by_the_other_within_seconds(string provider)
    {
        using var database = Database(provider);
        await using var first = await RunningBot.StartAsync(FastPoll, database.KeepAlive());
        await using var second = await RunningBot.StartAsync(FastPoll, database.KeepAlive());
        Assert.DoesNotContain(Marker, await AskAsync(second, Question));

        await PublishChangedAsync(first.Services, "verwendungsnachweis", Marker);
        await AnswersWithinAsync(second, answer => answer.Contains(Marker, StringComparison.Ordinal));

        var outcome = await first.Services.GetRequiredService<IKnowledgeStore>().RollbackAsync("verwendungsnachweis", 1, null,
            new ArticleChange("Anna Schmidt", DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.Equal(RollbackResult.RolledBack, outcome.Result);
        await AnswersWithinAsync(second, answer => !answer.Contains(Marker, StringComparison.Ordinal));
    }

    private static void FastPoll(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Configuration["Knowledge:RevisionPollInterval"] = "00:00:00.200";

    private static async Task AnswersWithinAsync(RunningBot bot, Func<string, bool> expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        string answer;
        while (!expected(answer = await AskAsync(bot, Question)))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"The other instance still answers the old version after {Patience}: {answer}");
            await Task.Delay(100);
        }
    }

    private static int _conversation;

    /// <summary>One question in a fresh personal chat with the running bot (through its real pipeline, channel swapped for a TestAdapter).</summary>
    private static async Task<string> AskAsync(RunningBot bot, string text)
    {
        var channel = BotTestHost.Channel(bot.Services, conversationId: "a:two-instances-" + Interlocked.Increment(ref _conversation));
        await channel.ProcessActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, bot.Services.GetRequiredService<IBot>().OnTurnAsync);
        var replies = new List<IActivity>();
        while (channel.GetNextReply() is { } reply) replies.Add(reply);
        return string.Join("\n---\n", replies.Select(ActivityAssert.VisibleText));
    }
}
