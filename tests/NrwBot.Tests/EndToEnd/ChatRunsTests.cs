using Newtonsoft.Json;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using NrwBot.Host.Cli;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

/// <summary>
/// Issue 11, item 9: "chat" numbered its activities from 1 in every run, so the first line of a second run over the
/// same database was taken for a redelivery and dropped.
/// </summary>
public sealed class ChatRunsTests
{
    [Fact]
    public void Two_runs_of_chat_never_share_an_activity_id()
    {
        var first = new ChatActivities("http://127.0.0.1:9/");
        var second = new ChatActivities("http://127.0.0.1:9/");

        var firstIds = Enumerable.Range(0, 5).Select(_ => first.Message("Hallo").Id).Append(first.ConversationUpdate().Id).ToList();
        var secondIds = Enumerable.Range(0, 5).Select(_ => second.Message("Hallo").Id).Append(second.ConversationUpdate().Id).ToList();

        Assert.Equal(6, firstIds.Distinct().Count());
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task A_message_typed_in_a_second_run_is_answered_not_dropped_as_a_redelivery()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync();

        foreach (var run in new[] { new ChatActivities(connector.ServiceUrl), new ChatActivities(connector.ServiceUrl) })
        {
            var message = run.Message("Hilfe");
            var answeredBefore = Answers(connector);
            var response = await bot.PostJsonAsync(JsonConvert.SerializeObject(message, HttpHelper.BotMessageSerializerSettings));
            Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
            // The POST returns after the turn's replies were sent: a dropped "redelivery" sends none.
            Assert.True(Answers(connector) > answeredBefore, $"{message.Id} was not answered");
        }
    }

    private static int Answers(FakeChannelConnector connector) =>
        connector.Calls.Count(call => call.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message);
}
