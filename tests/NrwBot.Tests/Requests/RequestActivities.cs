using Newtonsoft.Json.Linq;

namespace NrwBot.Tests.Requests;

/// <summary>Activities as Teams sends them (JSON on the wire): personal chats, card submits, the LKS team's channel.</summary>
public static class RequestActivities
{
    public const string TeamId = "19:lks-team@thread.tacv2";
    public const string Tenant = "00000000-0000-0000-0000-00000000000t";
    private static int _nextId = 1;

    public static string PersonalConversation(TestPerson person) => "a:personal-" + person.Id;

    public static string Personal(string serviceUrl, TestPerson person, string text, string? id = null) =>
        Activity(serviceUrl, person, Conversation("personal", PersonalConversation(person)), id, text, null, null).ToString();

    public static string PersonalSubmit(string serviceUrl, TestPerson person, JObject value, string? id = null) =>
        Activity(serviceUrl, person, Conversation("personal", PersonalConversation(person)), id, null, value, null).ToString();

    /// <summary>A button on a card in the LKS channel: Teams sends it in the card's thread.</summary>
    public static string ChannelSubmit(string serviceUrl, TestPerson person, string cardId, JObject value) =>
        Activity(serviceUrl, person, Conversation("channel", TeamId + ";messageid=" + cardId), null, null, value, TeamData()).ToString();

    /// <summary>The bot installed in the LKS team: Teams reports it in the General channel, whose id is the team id.</summary>
    public static string InstalledInTeam(string serviceUrl)
    {
        var activity = Activity(serviceUrl, TestPerson.Anna, Conversation("channel", TeamId), null, null, null, TeamData());
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JArray(new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = "NrwBot" });
        activity.Remove("text");
        return activity.ToString();
    }

    public static JObject Value(string verb, params (string Key, string Value)[] values)
    {
        var data = new JObject { ["verb"] = verb };
        foreach (var (key, value) in values) data[key] = value;
        return data;
    }

    public static JObject Form(string description, string region = "Kreis Düren", string category = IntakeSteps.Fortbildung, bool consent = true) =>
        Value("intake.submit", ("category", category), ("description", description), ("region", region), ("urgency", "normal"), ("date", ""), ("consent", consent ? "true" : "false"));

    private static JObject Conversation(string type, string id) => new()
    {
        ["conversationType"] = type,
        ["tenantId"] = Tenant,
        ["id"] = id,
        ["isGroup"] = type == "channel",
    };

    private static JObject TeamData() => new()
    {
        ["tenant"] = new JObject { ["id"] = Tenant },
        ["team"] = new JObject { ["id"] = TeamId },
        ["channel"] = new JObject { ["id"] = TeamId },
    };

    private static JObject Activity(string serviceUrl, TestPerson person, JObject conversation, string? id, string? text, JObject? value, JObject? channelData)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = id ?? "17300000" + Interlocked.Increment(ref _nextId).ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            ["timestamp"] = "2026-11-27T09:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JObject { ["id"] = person.Id, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId },
            ["conversation"] = conversation,
            ["recipient"] = new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = "NrwBot" },
            ["locale"] = "de-DE",
            ["channelData"] = channelData ?? new JObject { ["tenant"] = new JObject { ["id"] = Tenant } },
        };
        if (text is not null) activity["text"] = text;
        if (value is not null) activity["value"] = value;
        return activity;
    }
}
