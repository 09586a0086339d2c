using NrwBot.Dialogs.Flows;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Routing;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

/// <summary>
/// A Teams channel is one conversation id with many people typing at once: overlapping turns of that one
/// conversation — from different people and from one person — are each answered, over real HTTP, and one
/// person's running form in the channel survives everybody else's turns (issue 11, item 14).
/// </summary>
public sealed class OverlappingTurnsTests
{
    private const string ChannelConversation = "19:general-overlap@thread.tacv2;messageid=1730000000000";
    private const string Question = "Wann ist der Verwendungsnachweis fällig?";
    private static readonly string[] FormUsers = ["anna", "ben", "carla", "deniz", "emil", "fatma"];
    private const string BusyUser = "zoe";

    [Fact]
    public async Task Many_overlapping_turns_of_one_channel_conversation_are_all_answered_and_keep_each_persons_form()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        // Reads take long enough that every turn shows typing while the others run.
        await using var bot = await RunningBot.StartAsync(replaceServices: services =>
            services.AddSingleton<IStorage>(provider => new SlowStorage(ActivatorUtilities.CreateInstance<DatabaseStorage>(provider), TimeSpan.FromMilliseconds(700))));
        var sent = 0;
        string Next() => "overlap-" + Interlocked.Increment(ref sent);

        var forms = FormUsers.Select(user => (user, id: Next())).ToList();
        await Task.WhenAll(forms.Select(form => PostAsync(bot, connector, form.id, form.user, "Profil")));
        foreach (var form in forms)
            Assert.Contains("region", ActivityAssert.InputIds(ReplyTo(connector, form.id)));

        var burst = FormUsers.SelectMany(user => Enumerable.Range(0, 3).Select(_ => (user, id: Next())))
            .Concat(Enumerable.Range(0, 6).Select(_ => (user: BusyUser, id: Next()))).ToList();
        await Task.WhenAll(burst.Select(turn => PostAsync(bot, connector, turn.id, turn.user, Question)));

        foreach (var turn in burst)
            TextAssert.DoesNotContain(RoutingTexts.Error, TextOf(connector, turn.id));
        foreach (var turn in burst.Where(turn => turn.user == BusyUser))
            Assert.Contains("Verwendungsnachweis", TextOf(connector, turn.id));
        Assert.Contains(connector.Calls, call => call.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Typing);

        var afterwards = FormUsers.Select(user => (user, id: Next())).ToList();
        // The question interrupted each person's form without ending it (a form never traps, and others' turns do not
        // touch it): cancelling now finds a form to cancel.
        await Task.WhenAll(afterwards.Select(turn => PostAsync(bot, connector, turn.id, turn.user, "abbrechen")));
        foreach (var turn in afterwards)
            TextAssert.Contains(FlowTexts.Cancelled, TextOf(connector, turn.id));
    }

    private static async Task PostAsync(RunningBot bot, FakeChannelConnector connector, string id, string user, string text)
    {
        var response = await bot.PostJsonAsync(ChannelMessage(connector.ServiceUrl, id, user, text));
        Assert.True(response.IsSuccessStatusCode, $"{id}: status {(int)response.StatusCode}");
    }

    /// <summary>The first message the bot answered the activity with (its POST returns after the replies were sent).</summary>
    private static Microsoft.Bot.Schema.Activity ReplyTo(FakeChannelConnector connector, string activityId) => RepliesTo(connector, activityId)[0].Activity;

    /// <summary>All it said in answer: the answer itself, and once per form a line that the form is still open.</summary>
    private static string TextOf(FakeChannelConnector connector, string activityId) =>
        string.Join("\n", RepliesTo(connector, activityId).Select(call => ActivityAssert.VisibleText(call.Activity)));

    private static List<ChannelCall> RepliesTo(FakeChannelConnector connector, string activityId)
    {
        var replies = connector.MessagesIn(ChannelConversation).Where(call => call.ReplyToId == activityId).ToList();
        Assert.True(replies.Count is 1 or 2, $"{activityId}: {replies.Count} replies");
        return replies;
    }

    private static string ChannelMessage(string serviceUrl, string id, string user, string text) => new JObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-27T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JObject { ["id"] = "29:" + user, ["name"] = user, ["aadObjectId"] = "aad-" + user },
        ["conversation"] = new JObject
        {
            ["conversationType"] = "channel", ["isGroup"] = true, ["id"] = ChannelConversation,
            ["tenantId"] = "00000000-0000-0000-0000-00000000000t",
        },
        ["recipient"] = new JObject { ["id"] = "28:nrwbot", ["name"] = "NrwBot" },
        ["text"] = "<at>NrwBot</at> " + text,
        ["entities"] = new JArray(new JObject
        {
            ["type"] = "mention", ["text"] = "<at>NrwBot</at>",
            ["mentioned"] = new JObject { ["id"] = "28:nrwbot", ["name"] = "NrwBot" },
        }),
        ["locale"] = "de-DE",
        ["channelData"] = new JObject
        {
            ["tenant"] = new JObject { ["id"] = "00000000-0000-0000-0000-00000000000t" },
            ["team"] = new JObject { ["id"] = "19:team-overlap@thread.tacv2" },
            ["channel"] = new JObject { ["id"] = "19:general-overlap@thread.tacv2" },
        },
    }.ToString();
}
