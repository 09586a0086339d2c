using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Security;

/// <summary>
/// Issue 11, items 12 and 13: LKS views (queue, #N, digest) only in a personal chat or the LKS team's channels, and
/// a conversation whose kind is missing or contradicted by isGroup is never taken for a personal chat.
/// </summary>
public sealed class ConversationPlaceTests
{
    private const string Description = "Beratung zu Hassrede im Vereinsforum";
    private const string LksNotHere = "nicht hier, wo andere mitlesen";

    public static TheoryData<string, string> ForeignPlaces => new()
    {
        { "groupChat", "19:mixed-groupchat@thread.v2" },
        { "channel", "19:other-team@thread.tacv2" },
    };

    [Theory]
    [MemberData(nameof(ForeignPlaces))]
    public async Task LKS_views_are_refused_to_an_LKS_member_in_a_group_chat_or_another_teams_channel(string conversationType, string conversationId)
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, Description);
        var anna = host.Channel(TestPerson.Anna, conversationType: conversationType, conversationId: conversationId);

        foreach (var command in new[] { "Warteschlange", "#1", "digest" })
        {
            var reply = await host.TextOfTurnAsync(anna, Mentioning(command));
            Assert.Contains(LksNotHere, reply);
            Assert.DoesNotContain("Hassrede", reply);
        }
    }

    [Fact]
    public async Task LKS_views_are_shown_in_the_LKS_teams_channel_and_in_the_personal_chat()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, Description);
        var teamChannel = host.Channel(TestPerson.Anna, conversationType: "channel", conversationId: RequestActivities.TeamId);
        var personal = host.Channel(TestPerson.Anna);

        foreach (var command in new[] { "Warteschlange", "#1" })
        {
            Assert.Contains("Hassrede", await host.TextOfTurnAsync(teamChannel, Mentioning(command)));
            Assert.Contains("Hassrede", await host.TextOfTurnAsync(personal, command));
        }
        Assert.DoesNotContain(LksNotHere, await host.TextOfTurnAsync(teamChannel, Mentioning("digest")));
        Assert.DoesNotContain(LksNotHere, await host.TextOfTurnAsync(personal, "digest"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("personal", true)]
    [InlineData(null, null)]
    [InlineData("", false)]
    public async Task A_conversation_without_a_kind_or_marked_as_group_is_not_personal(string? conversationType, bool? isGroup)
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, Description);
        var unclear = host.Channel(TestPerson.Erika, conversationType: "unclear", conversationId: "19:unclear@thread.v2");
        unclear.Conversation.Conversation = new ConversationAccount(isGroup, conversationType, "19:unclear@thread.v2");

        foreach (var command in new[] { "Meine Daten", "Meine Anfragen" })
        {
            var reply = await host.TextOfTurnAsync(unclear, Mentioning(command));
            TextAssert.Contains(NrwBot.Dialogs.Requests.RequestsTexts.PersonalOnly, reply);
            Assert.DoesNotContain("Hassrede", reply);
        }
    }

    private static Activity Mentioning(string text)
    {
        var mention = new Entity();
        mention.SetAs(new Mention { Mentioned = new ChannelAccount("28:nrwbot", "NrwBot"), Text = "<at>NrwBot</at>" });
        return new Activity { Type = ActivityTypes.Message, Text = "<at>NrwBot</at> " + text, Entities = [mention] };
    }
}
