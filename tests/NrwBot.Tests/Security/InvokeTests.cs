using System.Net;
using Newtonsoft.Json.Linq;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Security;

/// <summary>Issue 11, defect 15: invokes the bot does not handle got the SDK's 501; now a card or a plain 200, never a 5xx.</summary>
public sealed class InvokeTests
{
    [Fact]
    public async Task An_adaptive_card_action_gets_a_card_that_says_it_cannot_be_run()
    {
        await using var bot = await RunningBot.StartAsync();
        var value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "requests.claim", ["data"] = new JObject() }, ["trigger"] = "manual" };

        var response = await bot.PostJsonAsync(Invoke("adaptiveCard/action", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        TextAssert.Contains(NrwBot.Dialogs.Routing.RoutingTexts.CardActionUnsupported, body["value"]!.ToString());
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("task/fetch")]
    [InlineData("signin/verifyState")]
    [InlineData("something/unknown")]
    [InlineData("")]
    public async Task Other_invokes_get_200_not_501(string name)
    {
        await using var bot = await RunningBot.StartAsync();

        var response = await bot.PostJsonAsync(Invoke(name, new JObject { ["anything"] = 1 }));

        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode}");
        Assert.NotEqual(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    private static string Invoke(string name, JObject value)
    {
        var activity = JObject.Parse(TeamsActivities.PersonalMessage("http://127.0.0.1:9/", ""));
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = value;
        activity.Remove("text");
        return activity.ToString();
    }
}
