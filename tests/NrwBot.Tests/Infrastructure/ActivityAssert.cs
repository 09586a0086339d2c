using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace NrwBot.Tests.Infrastructure;

/// <summary>Reads what a user sees in a reply: its text, or the texts, facts and buttons of its Adaptive Card.</summary>
public static class ActivityAssert
{
    public static JObject Card(IActivity activity)
    {
        var attachment = Assert.Single(((IMessageActivity)activity).Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return attachment.Content as JObject ?? JObject.FromObject(attachment.Content);
    }

    /// <summary>All visible text of a message: its text plus every text, fact and button title of its cards.</summary>
    public static string VisibleText(IActivity activity)
    {
        var message = (IMessageActivity)activity;
        var parts = new List<string?> { message.Text };
        foreach (var attachment in message.Attachments ?? [])
        {
            var card = attachment.Content as JObject ?? JObject.FromObject(attachment.Content);
            parts.AddRange(card.Descendants().OfType<JProperty>()
                .Where(property => property.Name is "text" or "title" or "value" or "label" && property.Value.Type == JTokenType.String)
                .Select(property => property.Value.ToString()));
        }
        return string.Join("\n", parts.Where(part => !string.IsNullOrEmpty(part)));
    }

    public static IReadOnlyList<string> ButtonVerbs(IActivity activity) =>
        Card(activity).SelectTokens("actions[*].data.verb").Select(token => token.ToString()).ToList();

    public static IReadOnlyList<string> InputIds(IActivity activity) =>
        Card(activity).SelectTokens("body[*].id").Select(token => token.ToString()).ToList();

    /// <summary>The submit a click on the card's button with <paramref name="verb"/> sends: its data as the card holds it.</summary>
    public static Activity Click(IEnumerable<IActivity> replies, string verb, string? id = null)
    {
        var data = replies.Where(reply => reply is IMessageActivity { Attachments.Count: > 0 })
            .SelectMany(reply => Card(reply).SelectTokens("$..actions[*].data"))
            .OfType<JObject>()
            .Last(candidate => candidate.Value<string>("verb") == verb);
        return new Activity { Type = ActivityTypes.Message, Id = id, Value = data.DeepClone() };
    }

    public static Activity Submit(string verb, params (string Key, string Value)[] values)
    {
        var data = new JObject { ["verb"] = verb };
        foreach (var (key, value) in values) data[key] = value;
        return new Activity { Type = ActivityTypes.Message, Value = data };
    }
}
