using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

/// <summary>Counterexamples <see cref="MessagesFuzzTests"/> found, kept as ordinary tests: each gave a 500 before its fix.</summary>
public sealed class MessagesFuzzFindingsTests
{
    /// <summary>
    /// Found by the fuzz test: an activity without serviceUrl (the SDK needs it for the connector client, before the turn
    /// and its error handler) gave 500 with a stack trace; one without channelId or from.id ran a turn that failed inside
    /// (the conversation's record and the state keys need them) behind the apology's 200. The protocol requires these
    /// fields of every activity: without one it is 400 and nothing is stored.
    /// </summary>
    [Theory]
    [InlineData("invoke", "serviceUrl")]
    [InlineData("message", "serviceUrl")]
    [InlineData("conversationUpdate", "serviceUrl")]
    [InlineData("message", "channelId")]
    [InlineData("contactRelationUpdate", "channelId")]
    [InlineData("message", "from")]
    [InlineData("message", "from.id")]
    [InlineData("message", "conversation.id")]
    [InlineData("conversationUpdate", "membersAdded[0].id")]
    [InlineData("message", "recipient")]
    public async Task An_activity_without_a_field_the_protocol_requires_gets_400_and_writes_nothing(string type, string missing)
    {
        await using var bot = await RunningBot.StartAsync();
        var activity = JObject.Parse(TeamsActivities.PersonalMessage("http://127.0.0.1:9/", "Hilfe"));
        activity["type"] = type;
        if (type == "invoke") activity["name"] = "adaptiveCard/action";
        if (type == "conversationUpdate") activity["membersAdded"] = new JArray(new JObject { ["id"] = "29:1someone", ["name"] = "Someone" });
        activity["value"] = new JObject { ["verb"] = "requests.finish.submit", ["answer"] = "x" };
        activity.SelectToken(missing)!.Parent!.Remove();

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tables = await DatabaseTables.ReadAsync(bot.Database, "bot_state", "conversations", "processed_activities");
        Assert.All(tables.Values, Assert.Empty);
    }

    /// <summary>
    /// Found by the fuzz test: channelData that is no object, or a Teams channelData whose team is a string, made the
    /// SDK's Teams handlers throw inside the turn.
    /// </summary>
    [Theory]
    [InlineData("messageDelete", false)]
    [InlineData("conversationUpdate", false)]
    [InlineData("message", false)]
    [InlineData("conversationUpdate", true)]
    [InlineData("messageUpdate", true)]
    public async Task An_activity_whose_channelData_has_not_the_channels_shape_gets_400_and_writes_nothing(string type, bool teamIsString)
    {
        await using var bot = await RunningBot.StartAsync();
        var activity = JObject.Parse(TeamsActivities.PersonalMessage("http://127.0.0.1:9/", "Hilfe"));
        activity["type"] = type;
        if (teamIsString) activity["channelData"]!["team"] = "ääää";
        else activity["channelData"] = "System.Diagnostics.Process, System";

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tables = await DatabaseTables.ReadAsync(bot.Database, "bot_state", "conversations", "processed_activities");
        Assert.All(tables.Values, Assert.Empty);
    }

    /// <summary>
    /// Found by the fuzz test: an invoke the SDK refuses as malformed (400: an Adaptive Card action that is no
    /// Action.Execute) kept its activity claim and stored or updated the conversation's address; one NrwBot does not
    /// handle ("fileConsent/invoke", "application/search", …) with a value of an unexpected shape made the SDK's handler
    /// throw inside the turn. NrwBot handles no invoke, so none is claimed or remembered, and those it does not know get
    /// their 200 without the SDK reading their value.
    /// </summary>
    [Theory]
    [InlineData("adaptiveCard/action", "personal", "a:1fuzz-personal", HttpStatusCode.BadRequest)]
    [InlineData("application/search", "groupChat", "19:fuzz-group@thread.v2", HttpStatusCode.OK)]
    [InlineData("fileConsent/invoke", "groupChat", "19:fuzz-group@thread.v2", HttpStatusCode.OK)]
    [InlineData("composeExtension/query", "personal", "a:1fuzz-personal", HttpStatusCode.OK)]
    [InlineData("task/fetch", "personal", "a:1fuzz-personal", HttpStatusCode.OK)]
    public async Task An_invoke_with_a_value_of_an_unexpected_shape_fails_no_turn_and_writes_nothing(string name, string conversationType, string conversationId,
        HttpStatusCode expected)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder => builder.Logging.AddProvider(new MessagesFuzzTests.ErrorCollector(failures)));
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["conversation"] = new JObject { ["conversationType"] = conversationType, ["id"] = conversationId, ["isGroup"] = conversationType != "personal" };
        activity["value"] = name == "adaptiveCard/action"
            ? new JObject { ["action"] = new JObject { ["type"] = "Action.Submit", ["verb"] = "mydata.delete.confirm" } }
            : new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "calendar.list", ["data"] = new JObject() }, ["commandId"] = new JArray() };

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.Equal(expected, response.StatusCode);
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        var tables = await DatabaseTables.ReadAsync(bot.Database, "bot_state", "conversations", "processed_activities");
        Assert.All(tables.Values, Assert.Empty);
    }

    /// <summary>
    /// Found by the fuzz test: a conversation id that is not printable ASCII (here lone surrogates) ran a turn whose reply
    /// failed, because the SDK sends the id as an HTTP header.
    /// </summary>
    [Theory]
    [InlineData("\udbff\udfff\ud800")]
    [InlineData("a:1persönlich")]
    [InlineData("a:1line\nbreak")]
    public async Task A_conversation_id_that_is_not_printable_ascii_gets_400_and_writes_nothing(string conversationId)
    {
        await using var bot = await RunningBot.StartAsync();
        var activity = JObject.Parse(TeamsActivities.PersonalMessage("http://127.0.0.1:9/", "Hilfe"));
        activity["conversation"]!["id"] = conversationId;

        var response = await bot.PostJsonAsync(activity.ToString(Newtonsoft.Json.Formatting.None, []));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tables = await DatabaseTables.ReadAsync(bot.Database, "bot_state", "conversations", "processed_activities");
        Assert.All(tables.Values, Assert.Empty);
    }

    /// <summary>Found by the fuzz test: a conversation id of 20,000 characters made the reply's URL too long (414) and the turn fail.</summary>
    [Fact]
    public Task A_conversation_id_longer_than_any_channel_gives_gets_400_and_writes_nothing() =>
        A_conversation_id_that_is_not_printable_ascii_gets_400_and_writes_nothing("a:" + new string('x', 5000));

    /// <summary>
    /// Found by the fuzz test: a mention entity whose "mentioned" is no account (a string) made GetMentions throw inside
    /// the turn; unreadable mentions are skipped (TurnInputFactory).
    /// </summary>
    [Fact]
    public async Task A_mention_whose_mentioned_is_a_string_fails_no_turn()
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder => builder.Logging.AddProvider(new MessagesFuzzTests.ErrorCollector(failures)));
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(connector.ServiceUrl, "<at>NrwBot</at> Hilfe"));
        activity["conversation"] = new JObject { ["conversationType"] = "channel", ["id"] = "19:general@thread.tacv2", ["isGroup"] = true };
        activity["entities"] = new JArray(new JObject { ["type"] = "mention", ["text"] = "<at>NrwBot</at>", ["mentioned"] = "-0\u202E" });

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    /// <summary>
    /// Found by the fuzz test: a conversationUpdate adding someone the channel's roster does not know (404) made the
    /// SDK's member look-up, which NrwBot does not need, fail the turn.
    /// </summary>
    [Fact]
    public async Task A_member_added_whom_the_roster_does_not_know_fails_no_turn()
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder => builder.Logging.AddProvider(new MessagesFuzzTests.ErrorCollector(failures)));
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));
        activity["type"] = "conversationUpdate";
        activity["conversation"] = new JObject { ["conversationType"] = "channel", ["id"] = "19:general@thread.tacv2", ["isGroup"] = true };
        activity["channelData"]!["team"] = new JObject { ["id"] = "19:general@thread.tacv2" };
        activity["membersAdded"] = new JArray(new JObject { ["id"] = "29:1nobody-knows" });

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    /// <summary>Fuzz finding: a mention whose "mentioned.name" is an object made the SDK's mention reading throw.</summary>
    [Fact]
    public async Task A_malformed_mention_is_skipped_and_the_mentioned_bot_still_answers()
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder => builder.Logging.AddProvider(new MessagesFuzzTests.ErrorCollector(failures)));
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(connector.ServiceUrl, "<at>NrwBot</at> Hilfe"));
        activity["conversation"] = new JObject { ["conversationType"] = "channel", ["id"] = "19:general@thread.tacv2", ["isGroup"] = true };
        activity["entities"] = new JArray(
            new JObject { ["type"] = "mention", ["text"] = "<at>NrwBot</at>", ["mentioned"] = new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = new JObject { ["verb"] = "x" } } },
            new JObject { ["type"] = "mention", ["text"] = "<at>NrwBot</at>", ["mentioned"] = new JObject { ["id"] = "28:nrwbot-app-id", ["name"] = "NrwBot" } });

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        var reply = await connector.NextMessageAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("<at>", reply.Activity.Text ?? "", StringComparison.Ordinal);
        Assert.Empty(failures);
    }

    /// <summary>
    /// Found by the fuzz test: a message in a channel without text (only the @mention entity) made the SDK's mention
    /// removal throw (Regex on null) inside the turn.
    /// </summary>
    [Fact]
    public async Task A_channel_message_without_text_fails_no_turn()
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder => builder.Logging.AddProvider(new MessagesFuzzTests.ErrorCollector(failures)));
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));
        activity["conversation"] = new JObject { ["conversationType"] = "channel", ["id"] = "19:general@thread.tacv2", ["isGroup"] = true };
        activity["entities"] = new JArray(new JObject { ["type"] = "mention", ["text"] = "<at>NrwBot</at>", ["mentioned"] = new JObject { ["id"] = "28:nrwbot-app-id" } });
        activity.Remove("text");

        var response = await bot.PostJsonAsync(activity.ToString());

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
    }

    /// <summary>
    /// Found by the fuzz test: when a turn failed, the error handler's apology was lost — the typing indicator's send
    /// handler, still registered on the turn, used its disposed token source and threw ObjectDisposedException.
    /// </summary>
    [Fact]
    public async Task After_a_failed_turn_the_apology_reaches_the_user()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(replaceServices: services =>
            services.AddSingleton<Microsoft.Bot.Builder.IStorage>(new FailingStorage()));

        var response = await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        var reply = await connector.NextMessageAsync(TimeSpan.FromSeconds(10));
        TextAssert.Equal(NrwBot.Dialogs.Routing.RoutingTexts.Error, reply.Activity.Text);
    }

    private sealed class FailingStorage : Microsoft.Bot.Builder.IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("storage down");

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    /// <summary>
    /// Found by the fuzz test on PostgreSQL, which refuses NUL in text (SQLite stores it): a question with one failed its
    /// turn when the question log was written. No channel sends it: 400, nothing stored.
    /// </summary>
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Text_with_a_nul_character_gets_400_and_writes_nothing(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, "no PostgreSQL server");
        await using var bot = await RunningBot.StartAsync(database: TestDatabase.Create(provider));
        var body = TeamsActivities.PersonalMessage("http://127.0.0.1:9/", "PLACEHOLDER").Replace("PLACEHOLDER", "Wie rechne ich Honorare\\u0000 ab?", StringComparison.Ordinal);

        var response = await bot.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tables = await DatabaseTables.ReadAsync(bot.Database, "bot_state", "conversations", "processed_activities", "questions");
        Assert.All(tables.Values, Assert.Empty);
    }

    /// <summary>Unpaired surrogates (JSON escapes) are read as U+FFFD: a question with them is answered and logged, also on PostgreSQL.</summary>
    [SkippableTheory]
    [InlineData("postgresql", "Wie rechne ich Honorare\\ud800 ab?")]
    [InlineData("postgresql", "Wie rechne ich Honorare\\udc00\\ud83d ab?")]
    [InlineData("sqlite", "Wie rechne ich Honorare \\ud83d\\ude00 ab?")]
    public async Task A_question_with_odd_surrogates_is_answered_and_fails_no_turn(string provider, string escapedText)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, "no PostgreSQL server");
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(database: TestDatabase.Create(provider),
            configure: builder => builder.Logging.AddProvider(new MessagesFuzzTests.ErrorCollector(failures)));
        var body = TeamsActivities.PersonalMessage(connector.ServiceUrl, "PLACEHOLDER").Replace("PLACEHOLDER", escapedText, StringComparison.Ordinal);

        var response = await bot.PostJsonAsync(body);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        await connector.NextMessageAsync();
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        Assert.Single((await DatabaseTables.ReadAsync(bot.Database, "questions"))["questions"]);
    }
}
