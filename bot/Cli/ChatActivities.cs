using Microsoft.Bot.Schema;

namespace NrwBot.Host.Cli;

/// <summary>
/// The activities "chat" posts as the console channel. Their ids are unique per run: the bot takes a repeated
/// id for a redelivery and drops it, and the conversation (and its database) outlives a run of "chat".
/// </summary>
public sealed class ChatActivities(string serviceUrl)
{
    public const string ChannelId = "console";

    private readonly string _userId = "console-user-" + Environment.UserName;
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];
    private int _sequence;

    public Activity Message(string text) => Base(ActivityTypes.Message, text);

    public Activity ConversationUpdate()
    {
        var activity = Base(ActivityTypes.ConversationUpdate, null);
        activity.MembersAdded = [new ChannelAccount("nrwbot", "NrwBot")];
        return activity;
    }

    private Activity Base(string type, string? text) => new()
    {
        Type = type,
        Id = $"console-{_run}-{Interlocked.Increment(ref _sequence)}",
        Text = text,
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl,
        Locale = "de-DE",
        Timestamp = DateTimeOffset.UtcNow,
        From = new ChannelAccount(_userId, Environment.UserName),
        Recipient = new ChannelAccount("nrwbot", "NrwBot"),
        Conversation = new ConversationAccount(id: "console-" + _userId, conversationType: "personal"),
    };
}
