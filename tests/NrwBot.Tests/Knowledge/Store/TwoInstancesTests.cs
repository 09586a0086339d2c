using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge.Learning;
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

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_phrasing_learned_and_approved_in_Teams_on_one_instance_is_answered_directly_by_the_other_within_seconds(string provider)
    {
        const string learned = "Welche Vordrucke brauche ich im Laufe des Projekts?";
        using var database = Database(provider);
        // Proactive messages (the author's „freigegeben“) are recorded: the test bots have no channel to post to.
        await using var first = await RunningBot.StartAsync(FastPollWithLks, database.KeepAlive(), Recorded);
        await using var second = await RunningBot.StartAsync(FastPollWithLks, database.KeepAlive(), Recorded);
        var title = first.Services.GetRequiredService<NrwBot.Dialogs.Knowledge.KnowledgeService>().Find("formulare-uebersicht")!.Title;
        var before = await AskAsync(second, learned);
        Assert.False(Direct(before, title), before);

        await SayAsync(first, Requests.TestPerson.Anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", "formulare-uebersicht"), ("q", learned)));
        var approved = await SayAsync(first, Requests.TestPerson.Ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));

        Assert.Contains(KnowledgeLearningTexts.Approved.Format(1, learned, title, 2, KnowledgeLearningTexts.AuthorTold.German), approved);
        await AnswersWithinAsync(second, answer => Direct(answer, title), learned);
    }

    /// <summary>Answered directly with the article: its title, and neither „Meinten Sie …?“ nor „keine Antwort“.</summary>
    private static bool Direct(string answer, string title) =>
        answer.Contains(title, StringComparison.Ordinal) && !TextAssert.IsIn(NrwBot.Dialogs.Knowledge.KnowledgeTexts.SuggestTitle, answer)
        && !TextAssert.IsIn(NrwBot.Dialogs.Knowledge.KnowledgeTexts.NoAnswerText, answer);

    private static void FastPoll(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Configuration["Knowledge:RevisionPollInterval"] = "00:00:00.200";

    private static void FastPollWithLks(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        FastPoll(builder);
        builder.Configuration["Lks:Members:0"] = Requests.TestPerson.Anna.AadObjectId;
        builder.Configuration["Lks:Members:1"] = Requests.TestPerson.Ben.AadObjectId;
    }

    private static void Recorded(IServiceCollection services) =>
        services.AddSingleton<NrwBot.Dialogs.Conversation.IProactiveSender, Requests.RecordingProactiveSender>();

    /// <summary>One activity from an LKS member in their personal chat with a running bot.</summary>
    private static async Task<string> SayAsync(RunningBot bot, Requests.TestPerson person, Activity activity)
    {
        var channel = BotTestHost.Channel(bot.Services, conversationId: "a:personal-" + person.Id,
            user: new ChannelAccount(person.Id, person.Name) { AadObjectId = person.AadObjectId });
        await channel.ProcessActivityAsync(activity, bot.Services.GetRequiredService<IBot>().OnTurnAsync);
        var replies = new List<IActivity>();
        while (channel.GetNextReply() is { } reply) replies.Add(reply);
        return string.Join("\n---\n", replies.Select(ActivityAssert.VisibleText));
    }

    private static async Task AnswersWithinAsync(RunningBot bot, Func<string, bool> expected, string question = Question)
    {
        var deadline = DateTime.UtcNow + Patience;
        string answer;
        while (!expected(answer = await AskAsync(bot, question)))
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
