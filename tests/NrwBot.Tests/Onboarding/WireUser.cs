using Newtonsoft.Json.Linq;

namespace NrwBot.Tests.Onboarding;

/// <summary>A Teams user in a personal chat with the bot, writing activities as they arrive on the wire.</summary>
public sealed record WireUser(string Id, string Name, string AadObjectId, string ConversationId)
{
    public string Message(string serviceUrl, string text) => Activity(serviceUrl, text, null).ToString();

    public string Submit(string serviceUrl, string verb, params (string Key, string Value)[] values)
    {
        var data = new JObject { ["verb"] = verb };
        foreach (var (key, value) in values) data[key] = value;
        return Activity(serviceUrl, "", data).ToString();
    }

    private JObject Activity(string serviceUrl, string text, JObject? value)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JObject { ["id"] = Id, ["name"] = Name, ["aadObjectId"] = AadObjectId },
            ["conversation"] = new JObject { ["conversationType"] = "personal", ["id"] = ConversationId },
            ["recipient"] = new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = "NrwBot" },
            ["text"] = text,
            ["locale"] = "de-DE",
        };
        if (value is not null) activity["value"] = value;
        return activity;
    }
}
