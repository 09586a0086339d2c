using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Conversations;

/// <summary>The contacts feature through the whole pipeline: route table, state, rendering per channel.</summary>
public sealed class ContactsConversationTests
{
    [Fact]
    public async Task My_contact_uses_the_region_from_the_profile_and_shows_cards_with_teams_chat_links()
    {
        await using var host = await BotTestHost.StartAsync();
        var teams = host.Channel();
        await host.TurnAsync(teams, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));

        var replies = await host.TurnAsync(teams, "Wer ist mein Ansprechpartner?");

        Assert.Contains(replies, reply => ActivityAssert.VisibleText(reply).Contains("Kreis Düren"));
        var urls = replies.Where(reply => ((IMessageActivity)reply).Attachments?.Count > 0)
            .SelectMany(reply => ActivityAssert.Card(reply).SelectTokens("actions[*].url")).Select(url => url.ToString()).ToList();
        Assert.Contains(urls, url => url.StartsWith("https://teams.microsoft.com/l/chat/0/0?users=", StringComparison.Ordinal));
        Assert.Contains(urls, url => url.StartsWith("mailto:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_Slack_a_place_question_is_answered_as_text_with_the_same_contact_details()
    {
        await using var host = await BotTestHost.StartAsync();
        var replies = await host.TurnAsync(host.Channel(channelId: "slack"), "Ansprechpartner in Lübbecke");

        Assert.All(replies, reply => Assert.Empty(((IMessageActivity)reply).Attachments ?? []));
        var text = string.Join("\n", replies.Select(reply => ((IMessageActivity)reply).Text));
        Assert.Contains("Kreis Minden-Lübbecke", text);
        Assert.Contains("@example.org", text);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=", text);
    }

    [Fact]
    public async Task Without_a_profile_my_contact_asks_for_the_region()
    {
        await using var host = await BotTestHost.StartAsync();
        var replies = await host.TurnAsync(host.Channel(), "Wer ist mein Ansprechpartner?");
        Assert.Contains("profile.edit", ActivityAssert.ButtonVerbs(replies[0]));
    }
}
