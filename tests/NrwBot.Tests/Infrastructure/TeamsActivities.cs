using Newtonsoft.Json.Linq;

namespace NrwBot.Tests.Infrastructure;

/// <summary>Activities shaped as Microsoft Teams sends them (JSON, as on the wire).</summary>
public static class TeamsActivities
{
    public const string ConversationId = "a:1PersonalChatWithErika-xyz";

    public static string PersonalMessage(string serviceUrl, string text, string id = "1730000000001") => new JObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-27T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JObject { ["id"] = "29:1erika", ["name"] = "Erika Musterfrau", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000e1" },
        ["conversation"] = new JObject { ["conversationType"] = "personal", ["tenantId"] = "00000000-0000-0000-0000-00000000000t", ["id"] = ConversationId },
        ["recipient"] = new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = "NrwBot" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "de-DE",
        ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = "00000000-0000-0000-0000-00000000000t" } },
    }.ToString();
}
