using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Calendar;

/// <summary>People and helpers of the calendar tests.</summary>
internal static class CalendarTestUsers
{
    public const string ErikaKey = "user:" + BotTestHost.UserAadId;

    public static readonly ChannelAccount Tom = new("29:user-tom", "Tom Beispiel") { AadObjectId = "aad-tom-0002" };

    public static TestAdapter TomsChat(BotTestHost host) => host.Channel(conversationId: "a:personal-tom", user: Tom);

    public static async Task SetProfileAsync(BotTestHost host, TestAdapter chat, string region, string role) =>
        await host.TurnAsync(chat, ActivityAssert.Submit("profile.submit", ("region", region), ("role", role)));

    public static async Task<string> TextAsync(BotTestHost host, TestAdapter chat, string text) =>
        string.Join("\n", (await host.TurnAsync(chat, text)).Select(ActivityAssert.VisibleText));

    /// <summary>In a team channel the bot hears only messages that @mention it.</summary>
    public static Activity Mentioning(string text)
    {
        var mention = new Entity();
        mention.SetAs(new Mention { Mentioned = new ChannelAccount("28:nrwbot", "NrwBot"), Text = "<at>NrwBot</at>" });
        return new Activity { Type = ActivityTypes.Message, Text = "<at>NrwBot</at> " + text, Entities = [mention] };
    }

    public static async Task<string> TextAsync(BotTestHost host, TestAdapter chat, Activity activity) =>
        string.Join("\n", (await host.TurnAsync(chat, activity)).Select(ActivityAssert.VisibleText));
}
