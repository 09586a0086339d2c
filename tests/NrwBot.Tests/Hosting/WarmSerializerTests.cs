using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Adapter;
using NrwBot.Host.Rendering;

namespace NrwBot.Tests.Hosting;

/// <summary>The shared contract resolvers must change speed only: replies serialize exactly as the stock client does.</summary>
public sealed class WarmSerializerTests
{
    [Fact]
    public void Replies_serialize_byte_for_byte_as_with_a_stock_connector_client()
    {
        var stock = NewClient();
        var warm = NewClient();
        WarmSerializerConnectorFactory.ShareResolvers(warm);
        // Warm the shared resolver with other types first, as a long-running bot would have.
        SafeJsonConvert.SerializeObject(new ConversationParameters { Members = [new ChannelAccount("x")] }, warm.SerializationSettings);

        foreach (var activity in SampleReplies())
        {
            var expected = SafeJsonConvert.SerializeObject(activity, stock.SerializationSettings);
            var actual = SafeJsonConvert.SerializeObject(activity, warm.SerializationSettings);
            Assert.Equal(expected, actual);
            var readStock = SafeJsonConvert.DeserializeObject<Activity>(expected, stock.DeserializationSettings);
            var readWarm = SafeJsonConvert.DeserializeObject<Activity>(expected, warm.DeserializationSettings);
            Assert.Equal(SafeJsonConvert.SerializeObject(readStock, stock.SerializationSettings), SafeJsonConvert.SerializeObject(readWarm, stock.SerializationSettings));
        }
        Assert.NotSame(stock.SerializationSettings.ContractResolver, warm.SerializationSettings.ContractResolver);
    }

    [Fact]
    public async Task The_factory_hands_out_clients_that_share_one_resolver()
    {
        var factory = new WarmSerializerConnectorFactory(new StockFactory());
        var first = (ConnectorClient)await factory.CreateAsync("https://smba.example.org/", "aud", CancellationToken.None);
        var second = (ConnectorClient)await factory.CreateAsync("https://smba.example.org/", "aud", CancellationToken.None);
        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
    }

    [Fact]
    public async Task With_a_cache_turns_to_one_service_url_share_one_client_that_survives_the_turn_s_dispose_and_is_renewed_later()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var cache = new ConnectorClientCache(clock);
        var factory = new WarmSerializerConnectorFactory(new StockFactory(), cache, "app");

        var first = (SharedConnectorClient)await factory.CreateAsync("https://smba.example.org/", "aud", CancellationToken.None);
        first.Dispose();   // what the SDK does at the end of a turn
        var second = (SharedConnectorClient)await factory.CreateAsync("https://smba.example.org/", "aud", CancellationToken.None);
        var otherChannel = (SharedConnectorClient)await factory.CreateAsync("https://other.example.org/", "aud", CancellationToken.None);
        clock.Advance(ConnectorClientCache.MaxAge);
        var later = (SharedConnectorClient)await factory.CreateAsync("https://smba.example.org/", "aud", CancellationToken.None);

        Assert.Same(first.Inner, second.Inner);
        Assert.NotNull(second.Inner.HttpClient);
        Assert.Same(SharedResolver(first), SharedResolver(second));
        Assert.NotSame(first.Inner, otherChannel.Inner);
        Assert.NotSame(first.Inner, later.Inner);
    }

    private static object SharedResolver(SharedConnectorClient client) => client.SerializationSettings.ContractResolver!;

    private static ConnectorClient NewClient() => new(new Uri("https://smba.example.org/"), MicrosoftAppCredentials.Empty);

    private static IEnumerable<Activity> SampleReplies()
    {
        var reply = new Reply
        {
            Title = "Ihr Profil", Text = "Text mit **Markdown** und Umlauten äöü",
            Facts = [new("Region", "Kreis Düren")],
            Actions = [new("Ändern", "profile.edit", new Dictionary<string, string> { ["id"] = "1" })],
            Links = [new("E-Mail", "mailto:lks@example.org")],
        };
        foreach (var channel in new[] { "msteams", "slack" })
        {
            var activity = (Activity)ReplyRenderer.Render([reply], channel)[0];
            activity.Conversation = new ConversationAccount(id: "a:1");
            activity.From = new ChannelAccount("28:bot", "NrwBot");
            activity.Recipient = new ChannelAccount("29:user", "Erika");
            activity.Timestamp = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(1));
            activity.ChannelData = JObject.FromObject(new { notification = new { alert = true } });
            activity.Entities = [new Mention { Mentioned = new ChannelAccount("29:user", "Erika"), Text = "<at>Erika</at>" }];
            yield return activity;
        }
    }

    private sealed class StockFactory : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty));
    }
}
