using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>A place named in the user's own words is proposed as the request's region, before the profile's.</summary>
public sealed class IntakeRegionProposalTests
{
    [Fact]
    public async Task On_text_channels_the_region_named_in_the_request_is_proposed()
    {
        await using var host = await BotTestHost.StartAsync();
        var slack = host.Channel(channelId: "slack");
        await host.TurnAsync(slack, "Ich brauche Unterstützung bei der Bestandsanalyse im Kreis Euskirchen");
        await host.TurnAsync(slack, "ok");

        var regionStep = string.Join("\n", (await host.TurnAsync(slack, "ok")).Select(reply => ((IMessageActivity)reply).Text));

        Assert.Contains("(3/7)", regionStep);
        Assert.Contains("Mein Vorschlag: **Kreis Euskirchen**", regionStep);
    }

    [Fact]
    public async Task On_Teams_the_form_is_pre_filled_with_the_region_named_in_the_request()
    {
        await using var host = await BotTestHost.StartAsync();
        var form = (await host.TurnAsync(host.Channel(), "Ich brauche Unterstützung bei der Vernetzung in Solingen"))
            .Single(reply => ((IMessageActivity)reply).Attachments?.Count > 0);

        var region = ActivityAssert.Card(form).SelectToken("body[?(@.id == 'region')].value")?.ToString();

        Assert.Equal("Solingen", region);
    }
}
