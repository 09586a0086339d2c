using System.Net;
using Newtonsoft.Json.Linq;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

/// <summary>Counterexamples <see cref="MessagesFuzzTests"/> found, kept as ordinary tests: each gave a 500 before its fix.</summary>
public sealed class MessagesFuzzFindingsTests
{
    /// <summary>
    /// Found by the fuzz test: an activity without serviceUrl (the SDK needs it for the connector client, before the turn
    /// and its error handler) gave 500 with a stack trace. Without an address nobody can be answered: 400, nothing stored.
    /// </summary>
    [Theory]
    [InlineData("invoke", "adaptiveCard/action")]
    [InlineData("message", null)]
    [InlineData("conversationUpdate", null)]
    public async Task An_activity_without_a_service_url_gets_400_and_writes_nothing(string type, string? name)
    {
        await using var bot = await RunningBot.StartAsync();
        var activity = JObject.Parse(TeamsActivities.PersonalMessage("http://127.0.0.1:9/", "Hilfe"));
        activity["type"] = type;
        if (name is not null) activity["name"] = name;
        activity["value"] = new JObject { ["verb"] = "requests.finish.submit", ["answer"] = "x" };
        activity.Remove("serviceUrl");

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tables = await DatabaseTables.ReadAsync(bot.Database, "bot_state", "conversations", "processed_activities");
        Assert.All(tables.Values, Assert.Empty);
    }

    /// <summary>
    /// Found by the fuzz test: an invoke the SDK refuses as malformed (400: "application/search" without a search value,
    /// an Adaptive Card action that is no Action.Execute) kept its activity claim and stored or updated the conversation's
    /// address. NrwBot handles no invoke, so an invoke is no longer claimed or remembered: a refused one leaves nothing.
    /// </summary>
    [Theory]
    [InlineData("application/search", "groupChat", "19:fuzz-group@thread.v2")]
    [InlineData("adaptiveCard/action", "personal", "a:1fuzz-personal")]
    public async Task An_invoke_the_sdk_refuses_as_malformed_gets_400_and_writes_nothing(string name, string conversationType, string conversationId)
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync();
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["conversation"] = new JObject { ["conversationType"] = conversationType, ["id"] = conversationId, ["isGroup"] = conversationType != "personal" };
        activity["value"] = name == "application/search"
            ? new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "calendar.list", ["data"] = new JObject() } }
            : new JObject { ["action"] = new JObject { ["type"] = "Action.Submit", ["verb"] = "mydata.delete.confirm" } };

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tables = await DatabaseTables.ReadAsync(bot.Database, "bot_state", "conversations", "processed_activities");
        Assert.All(tables.Values, Assert.Empty);
    }
}
