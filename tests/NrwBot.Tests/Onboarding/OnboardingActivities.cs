using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Onboarding;

/// <summary>Card clicks of the onboarding, and what its cards show.</summary>
public static class OnboardingActivities
{
    public static Activity Done(string stepId) => ActivityAssert.Submit("onboarding.done", ("step", stepId));

    public static Activity Later(string stepId) => ActivityAssert.Submit("onboarding.later", ("step", stepId));

    public static Activity Question(string stepId) => ActivityAssert.Submit("onboarding.question", ("step", stepId));

    public static string Text(IEnumerable<IActivity> replies) => string.Join("\n", replies.Select(ActivityAssert.VisibleText));

    /// <summary>The data of every button (verb included) of the cards among the replies.</summary>
    public static IReadOnlyList<JObject> Buttons(IEnumerable<IActivity> replies) => replies
        .Where(reply => ((IMessageActivity)reply).Attachments?.Count > 0)
        .SelectMany(reply => ActivityAssert.Card(reply).SelectTokens("actions[*].data").OfType<JObject>())
        .ToList();

    public static IReadOnlyList<JObject> Buttons(IEnumerable<IActivity> replies, string verb) =>
        Buttons(replies).Where(data => (string?)data["verb"] == verb).ToList();

    /// <summary>The title of the first card among the replies whose title starts with "Schritt".</summary>
    public static string StepTitle(IEnumerable<IActivity> replies) => replies
        .Where(reply => ((IMessageActivity)reply).Attachments?.Count > 0)
        .Select(reply => ActivityAssert.Card(reply).SelectToken("body[0].text")?.ToString() ?? "")
        .First(title => title.StartsWith("Schritt ", StringComparison.Ordinal));
}
