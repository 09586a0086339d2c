using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Rendering;

/// <summary>
/// Writes a <see cref="Reply"/> as Adaptive Card 1.5 JSON. Cards are built as JSON objects and serialized,
/// never concatenated, so text from users cannot change a card's structure.
/// </summary>
public static class AdaptiveCardWriter
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string VerbKey = "verb";

    public static JObject Write(Reply reply)
    {
        var body = new JArray();
        if (reply.Title is not null) body.Add(TextBlock(reply.Title, ("weight", "Bolder"), ("size", "Medium")));
        if (reply.Text is not null) body.Add(TextBlock(reply.Text));
        if (reply.Facts.Count > 0) body.Add(FactSet(reply.Facts));
        if (reply.ImageUrl is not null) body.Add(new JObject { ["type"] = "Image", ["url"] = reply.ImageUrl, ["size"] = "Stretch" });
        if (reply.Form is not null) foreach (var element in FormInputs(reply.Form.Inputs)) body.Add(element);
        if (reply.Note is not null) body.Add(TextBlock(reply.Note, ("isSubtle", true), ("size", "Small")));

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        var actions = Actions(reply);
        if (actions.Count > 0) card["actions"] = actions;
        return card;
    }

    private static JArray Actions(Reply reply)
    {
        var actions = new JArray();
        if (reply.Form is { } form)
        {
            actions.Add(Submit(form.SubmitLabel, form.SubmitVerb, form.Data, associateInputs: true));
            if (form.SecondaryAction is { } secondary) actions.Add(Submit(secondary.Label, secondary.Verb, secondary.Data, associateInputs: false));
        }
        foreach (var action in reply.Actions) actions.Add(Submit(action.Label, action.Verb, action.Data, associateInputs: false));
        foreach (var link in reply.Links) actions.Add(new JObject { ["type"] = "Action.OpenUrl", ["title"] = link.Label, ["url"] = link.Url });
        return actions;
    }

    private static JObject Submit(string title, string verb, IReadOnlyDictionary<string, string>? data, bool associateInputs)
    {
        var payload = new JObject { [VerbKey] = verb };
        if (data is not null) foreach (var (key, value) in data) payload[key] = value;
        return new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = payload,
            ["associatedInputs"] = associateInputs ? "auto" : "none",
        };
    }

    private static JObject TextBlock(string text, params (string Key, JToken Value)[] properties)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        foreach (var (key, value) in properties) block[key] = value;
        return block;
    }

    private static JObject FactSet(IEnumerable<ReplyFact> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JArray(facts.Select(fact => new JObject { ["title"] = fact.Label, ["value"] = fact.Value })),
    };

    private static IEnumerable<JObject> FormInputs(IEnumerable<FormInput> inputs)
    {
        foreach (var input in inputs)
        {
            yield return Input(input);
            if (input.Error is not null) yield return TextBlock(input.Error, ("color", "Attention"), ("size", "Small"), ("spacing", "None"));
        }
    }

    private static JObject Input(FormInput input)
    {
        var element = new JObject { ["id"] = input.Id, ["label"] = input.Label, ["isRequired"] = input.Required };
        switch (input.Kind)
        {
            case FormInputKind.Choice:
                element["type"] = "Input.ChoiceSet";
                // Long lists (the 53 regions) get type-ahead filtering, which Teams supports from 1.5 on.
                element["style"] = input.Choices.Count > 12 ? "filtered" : "compact";
                element["choices"] = new JArray(input.Choices.Select(choice => new JObject { ["title"] = choice.Title, ["value"] = choice.Value }));
                break;
            case FormInputKind.Toggle:
                element["type"] = "Input.Toggle";
                element["title"] = input.Placeholder ?? input.Label;
                element["valueOn"] = "true";
                element["valueOff"] = "false";
                break;
            case FormInputKind.Date:
                element["type"] = "Input.Date";
                break;
            default:
                element["type"] = "Input.Text";
                element["isMultiline"] = input.Kind == FormInputKind.MultilineText;
                element["maxLength"] = 4000;
                break;
        }
        if (input.Value is { Length: > 0 } value) element["value"] = value;
        if (input.Placeholder is not null && input.Kind != FormInputKind.Toggle) element["placeholder"] = input.Placeholder;
        if (input.Required) element["errorMessage"] = input.Error ?? $"{input.Label}: bitte ausfüllen";
        return element;
    }
}
