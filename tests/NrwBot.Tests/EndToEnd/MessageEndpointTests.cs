using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

/// <summary>The real host on 127.0.0.1 and a connector on loopback: a Teams activity in, the reply out, over HTTP.</summary>
public sealed class MessageEndpointTests
{
    [Fact]
    public async Task A_Teams_message_is_answered_at_the_connector_in_the_same_conversation()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync();

        var response = await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        var reply = await connector.NextMessageAsync();
        Assert.Equal(TeamsActivities.ConversationId, reply.ConversationId);
        Assert.Equal("1730000000001", reply.ReplyToId);
        Assert.Equal(TeamsActivities.ConversationId, reply.Activity.Conversation.Id);
        TextAssert.Contains(NrwBot.Dialogs.Help.HelpTexts.OverviewTitle, reply.Activity);
    }

    [Fact]
    public async Task Methods_other_than_post_get_405()
    {
        await using var bot = await RunningBot.StartAsync();
        var response = await bot.Http.GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        response = await bot.Http.PutAsync("/api/messages", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("{\"text\": \"Hallo\"}")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Malformed_json_or_an_activity_without_type_gets_400(string body)
    {
        await using var bot = await RunningBot.StartAsync();
        var response = await bot.PostJsonAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_configured_size_gets_413()
    {
        await using var bot = await RunningBot.StartAsync(builder => builder.Configuration["Bot:MaxRequestBytes"] = "2048");
        var response = await bot.PostJsonAsync(TeamsActivities.PersonalMessage("http://127.0.0.1:9/", new string('x', 3000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_credentials_configured_a_token_is_not_needed_in_development_but_a_bad_one_with_credentials_is_401()
    {
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            builder.Configuration["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555";
            builder.Configuration["MicrosoftAppPassword"] = "not-a-real-secret";
        });
        var response = await bot.PostJsonAsync(TeamsActivities.PersonalMessage("http://127.0.0.1:9/", "Hilfe"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_slow_turn_shows_the_typing_indicator_before_the_reply()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(replaceServices: services =>
            services.AddSingleton<IStorage>(provider => new SlowStorage(ActivatorUtilities.CreateInstance<DatabaseStorage>(provider), TimeSpan.FromMilliseconds(1200))));

        var response = await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));

        Assert.True(response.IsSuccessStatusCode);
        await connector.NextMessageAsync();
        var types = connector.Calls.Select(call => call.Activity.Type).ToList();
        Assert.Equal(ActivityTypes.Typing, types[0]);
        Assert.Contains(ActivityTypes.Message, types);
    }

    [Fact]
    public async Task Replies_go_out_through_the_shared_http_client_factory_not_a_new_client_per_turn()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        var factory = new CountingHttpClientFactory();
        await using var bot = await RunningBot.StartAsync(replaceServices: services => services.AddSingleton<IHttpClientFactory>(factory));

        for (var turn = 1; turn <= 3; turn++)
            await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe", id: "turn-" + turn));

        Assert.Contains(connector.Calls, call => call.Activity.Type == ActivityTypes.Message);
        // Through the factory (not `new HttpClient()`), and not per turn: the connector client is kept per service URL
        // and the user-token client is built only when a token is asked for, so three turns share one.
        Assert.InRange(factory.Created, 1, 2);
    }

    /// <summary>Hands out clients over one shared handler, as the real factory pools them, and counts them.</summary>
    private sealed class CountingHttpClientFactory : IHttpClientFactory
    {
        private readonly HttpMessageHandler _handler = new SocketsHttpHandler();
        private int _created;

        public int Created => _created;

        public HttpClient CreateClient(string name)
        {
            Interlocked.Increment(ref _created);
            return new HttpClient(_handler, disposeHandler: false);
        }
    }
}
