using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NrwBot.Tests.EndToEnd;

/// <summary>
/// One body for POST /api/messages: a Teams-shaped activity of some type, changed by a few mutations (a field
/// removed, given a value of the wrong JSON type, odd Unicode or a huge string, a forged card value for a verb the
/// bot registers), then perhaps damaged as text. The service URL and the verbs are placeholders, filled in by the
/// running host (<see cref="Render"/>), so the case is printable and replayable.
/// </summary>
public sealed record FuzzedActivity(string Type, string? Name, int From, int Conversation, IReadOnlyList<Mutation> Mutations, int Damage, bool EscapeNonAscii)
{
    public const string ServiceUrlPlaceholder = "{{serviceUrl}}";

    public string Render(string serviceUrl, IReadOnlyList<string> verbs)
    {
        var activity = Base(serviceUrl);
        foreach (var mutation in Mutations) mutation.Apply(activity, verbs);
        Mutation.ResolveVerbs(activity, verbs);
        var json = JsonConvert.SerializeObject(activity, new JsonSerializerSettings
        {
            StringEscapeHandling = EscapeNonAscii ? StringEscapeHandling.EscapeNonAscii : StringEscapeHandling.Default,
        });
        return Damage switch
        {
            1 => json[..(json.Length / 2)],
            2 => "[" + json + "]",
            3 => json.Replace("\"type\"", "\"type\":1,\"type\"", StringComparison.Ordinal),
            4 => new string('[', 5000) + new string(']', 5000),
            5 => "\uFEFF" + json,
            _ => json,
        };
    }

    private JObject Base(string serviceUrl)
    {
        var (fromId, name, aad) = Users[From % Users.Length];
        var (conversationType, conversationId) = Conversations[Conversation % Conversations.Length];
        var activity = new JObject
        {
            ["type"] = Type,
            ["id"] = "fuzz-" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-27T09:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JObject { ["id"] = fromId, ["name"] = name, ["aadObjectId"] = aad },
            ["conversation"] = new JObject { ["conversationType"] = conversationType, ["tenantId"] = Tenant, ["id"] = conversationId, ["isGroup"] = conversationType != "personal" },
            ["recipient"] = new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = "NrwBot" },
            ["text"] = "Hilfe",
            ["textFormat"] = "plain",
            ["locale"] = "de-DE",
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = Tenant } },
        };
        if (conversationType == "channel")
        {
            activity["channelData"]!["team"] = new JObject { ["id"] = LksTeam };
            activity["channelData"]!["channel"] = new JObject { ["id"] = conversationId };
            activity["text"] = "<at>NrwBot</at> Hilfe";
            activity["entities"] = new JArray(new JObject
            {
                ["type"] = "mention", ["text"] = "<at>NrwBot</at>", ["mentioned"] = new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = "NrwBot" },
            });
        }
        if (Name is not null) activity["name"] = Name;
        if (Type == "conversationUpdate") activity["membersAdded"] = new JArray(new JObject { ["id"] = "28:nrwbot-app-id" });
        if (Type == "invoke") activity["value"] = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "{{verb:0}}", ["data"] = new JObject() } };
        return activity;
    }

    public override string ToString() => $"{Type}/{Name} from #{From} in #{Conversation}, damage {Damage}, escaped {EscapeNonAscii}: " + string.Join("; ", Mutations);

    public const string Tenant = "00000000-0000-0000-0000-00000000000t";
    public const string LksTeam = "19:lks-team@thread.tacv2";
    public const string LksMember = "00000000-0000-0000-0000-000000000a11";

    // An ordinary user, an LKS member (configured), a user without an Entra id.
    private static readonly (string Id, string Name, string? Aad)[] Users =
    [
        ("29:1fuzz-erika", "Erika Fuzz", "00000000-0000-0000-0000-0000000000e1"),
        ("29:1fuzz-anna", "Anna LKS", LksMember),
        ("29:1fuzz-nobody", "", null),
    ];

    private static readonly (string? Type, string Id)[] Conversations =
    [
        ("personal", "a:1fuzz-personal"),
        ("channel", LksTeam),
        ("groupChat", "19:fuzz-group@thread.v2"),
        (null, "a:1fuzz-unknown"),
    ];
}

/// <summary>One change to the activity: <see cref="Path"/> picks one of its tokens (by index, so it works on any shape).</summary>
public sealed record Mutation(string Kind, int Path, string Key, JToken? Value)
{
    public void Apply(JObject activity, IReadOnlyList<string> verbs)
    {
        var value = Value?.DeepClone();
        switch (Kind)
        {
            case "remove":
                if (Pick(activity) is { Parent: JProperty property }) property.Remove();
                break;
            case "replace":
                if (Pick(activity) is { } token && token != activity) token.Replace(value ?? JValue.CreateNull());
                break;
            case "set":
                Set(activity, Key, value);
                break;
            case "card":
                // A forged card submit: the verb of a registered route and values of any shape.
                var card = value as JObject ?? new JObject();
                card["verb"] = verbs[Path % verbs.Count];
                activity["value"] = card;
                if (Key == "invoke")
                {
                    activity["type"] = "invoke";
                    activity["name"] = "adaptiveCard/action";
                    activity["value"] = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verbs[Path % verbs.Count], ["data"] = card } };
                }
                break;
        }
    }

    private JToken? Pick(JObject activity)
    {
        var tokens = activity.Descendants().Where(token => token is not JProperty).ToList();
        return tokens.Count == 0 ? null : tokens[Path % tokens.Count];
    }

    private static void Set(JObject activity, string dottedPath, JToken? value)
    {
        var parts = dottedPath.Split('.');
        JObject target = activity;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JObject inner) target[part] = inner = new JObject();
            target = inner;
        }
        target[parts[^1]] = value ?? JValue.CreateNull();
    }

    /// <summary>"{{verb:N}}" anywhere in the activity becomes the N-th registered verb.</summary>
    public static void ResolveVerbs(JContainer activity, IReadOnlyList<string> verbs)
    {
        foreach (var text in activity.DescendantsAndSelf().OfType<JValue>().Where(token => token.Type == JTokenType.String).ToList())
        {
            if (text.Value is not string s) continue;
            if (s.StartsWith("{{verb:", StringComparison.Ordinal) && s.EndsWith("}}", StringComparison.Ordinal) && int.TryParse(s[7..^2], out var index))
                text.Value = verbs[index % verbs.Count];
        }
    }

    public override string ToString() => $"{Kind} {(Kind == "set" ? Key : Path.ToString(System.Globalization.CultureInfo.InvariantCulture))} = {Shorten(Value?.ToString(Formatting.None))}";

    private static string? Shorten(string? text) => text is { Length: > 120 } ? text[..120] + $"…({text.Length})" : text;
}

/// <summary>The generators (FsCheck): activity types, mutations, odd strings, forged card values.</summary>
public static class FuzzedActivities
{
    private static readonly string[] Types =
    [
        "message", "message", "message", "invoke", "conversationUpdate", "messageReaction", "installationUpdate", "event", "typing",
        "endOfConversation", "messageUpdate", "messageDelete", "deleteUserData", "handoff", "trace", "command", "suggestion", "contactRelationUpdate",
        "unknownType", "MESSAGE", " ", "invoke/", "\u202Emessage",
    ];

    private static readonly string?[] InvokeNames =
    [
        null, "adaptiveCard/action", "task/fetch", "task/submit", "composeExtension/query", "signin/verifyState", "signin/tokenExchange",
        "config/fetch", "fileConsent/invoke", "actionableMessage/executeAction", "healthCheck", "application/search", "message/submitAction", "something/else",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "from", "from.id", "from.aadObjectId", "from.name", "conversation", "conversation.id", "conversation.conversationType",
        "conversation.isGroup", "recipient", "recipient.id", "channelId", "serviceUrl", "text", "value", "entities", "channelData", "channelData.team",
        "channelData.team.id", "channelData.tenant", "attachments", "membersAdded", "membersRemoved", "replyToId", "locale", "timestamp", "name",
        "action", "reactionsAdded", "textFormat", "localTimestamp", "callerId", "relatesTo", "label", "valueType",
    ];

    private static readonly string[] CardKeys =
    [
        "category", "description", "region", "urgency", "date", "consent", "step", "qid", "id", "request", "number", "role", "text", "draft",
        "answer", "comment", "article", "articleId", "token", "page", "month", "assignee", "state", "query", "q", "data", "value", "verb", "name",
    ];

    private static readonly string[] OddPieces =
    [
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u202E", "\u202B", "\u200F", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u0000", "\u0007", "\u0301",
        "\uFFFF", "\uFFFE", "👩‍👩‍👧", "🏳️‍🌈", "ß", "İ", "ǅ", "\r\n", "\t", "<at>NrwBot</at>", "<script>", "#1", "#999999999999", "UB-2026-0001",
        "{0}{1}", "%s%n", "'; DROP TABLE bot_state; --", "\\", "\"", "`", "Kreis Düren", "ja", "senden", "Meine Daten löschen", "Hilfe", "مرحبا",
        "שלום", "ℌ", "ﷺ", "\u0600", "\u061C", "\u180E", "a\u0300\u0301\u0302\u0303\u0304", "..", "*", "?", "__proto__", "$type",
        "System.Diagnostics.Process, System", "NaN", "-0", "1e400", "99999999999999999999999", "-1", "0", "true", "null",
    ];

    public static Arbitrary<FuzzedActivity> Activities() => Arb.From(Activity());

    private static Gen<FuzzedActivity> Activity() =>
        from type in Gen.Elements(Types)
        from name in Gen.Elements(InvokeNames)
        from user in Gen.Choose(0, 2)
        from conversation in Gen.Choose(0, 3)
        from count in Gen.Choose(0, 4)
        from mutations in Gen.ListOf(MutationGen(), count)
        from damage in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Choose(1, 5)))
        from escape in Gen.Elements(true, false)
        select new FuzzedActivity(type, type == "invoke" ? name : null, user, conversation, mutations.ToList(), damage, escape);

    private static Gen<Mutation> MutationGen() => Gen.Frequency(
        (3, from path in Gen.Choose(0, 1000) select new Mutation("remove", path, "", null)),
        (3, from path in Gen.Choose(0, 1000) from value in AnyValue() select new Mutation("replace", path, "", value)),
        (4, from field in Gen.Elements(Fields) from value in AnyValue() select new Mutation("set", 0, field, value)),
        (5, from verb in Gen.Choose(0, 1000) from value in CardValue() from how in Gen.Elements("message", "message", "invoke") select new Mutation("card", verb, how, value)));

    private static Gen<JToken> CardValue() =>
        from count in Gen.Choose(0, 6)
        from pairs in Gen.ListOf(Gen.Zip(Gen.Frequency((4, Gen.Elements(CardKeys)), (1, OddString())), AnyValue()), count)
        select (JToken)new JObject(pairs.GroupBy(pair => pair.Item1).Select(same => new JProperty(same.Key, same.First().Item2)));

    private static Gen<JToken> AnyValue() => Gen.Frequency(
        (6, OddString().Select(text => (JToken)new JValue(text))),
        (2, Gen.Elements<JToken>(JValue.CreateNull(), new JValue(true), new JValue(false), new JValue(0), new JValue(-1), new JValue(long.MaxValue),
            new JValue(1.5e300), new JValue(double.NaN), new JArray(), new JObject(), new JArray(1, "a", JValue.CreateNull()), new JValue("{{verb:3}}"))),
        (1, Gen.Choose(0, 1000).Select(verb => (JToken)new JObject { ["verb"] = $"{{{{verb:{verb}}}}}" })),
        (1, HugeString().Select(text => (JToken)new JValue(text))));

    private static Gen<string> OddString() =>
        from count in Gen.Choose(0, 6)
        from pieces in Gen.ListOf(Gen.Elements(OddPieces), count)
        select string.Concat(pieces);

    private static Gen<string> HugeString() =>
        from piece in Gen.Elements("x", "ä", "\u200B", "\uD83D\uDE00", "Fortbildung ", "a b c d e f g h ")
        from length in Gen.Elements(3999, 4001, 20_000, 140_000, 300_000)
        select string.Concat(Enumerable.Repeat(piece, Math.Max(1, length / piece.Length)));
}
