using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Network;
using NrwBot.Host.Data;
using NrwBot.Host.Network;
using NrwBot.Host.Outbox;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>
/// A <see cref="RequestsHost"/> with a network team (its General channel takes the question cards). Carl is the contact
/// „Amira Beispielhaus“ (Kreis Düren, Bestandsanalyse) and Dora „Paul Vorlagemann“ (Kreis Euskirchen, Bestandsanalyse),
/// both known bot users; who of them takes questions personally is up to each test. Nothing is sent: the outbox rows are read.
/// </summary>
public sealed class NetworkHost : IAsyncDisposable
{
    public const string NetworkTeam = "19:network-team@thread.tacv2";
    public static readonly TestPerson Dora = new("29:user-dora", "Dora Lang", "aad-dora-0004");

    private NetworkHost(RequestsHost host) => Host = host;

    public RequestsHost Host { get; }
    public INetworkStore Store => Host.Services.GetRequiredService<INetworkStore>();

    public static async Task<NetworkHost> StartAsync(TestDatabase? database = null, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null) =>
        await LinkPeersAsync(new NetworkHost(await RequestsHost.StartAsync(database, configure: builder =>
        {
            builder.Configuration["Network:TeamId"] = NetworkTeam;
            configure?.Invoke(builder);
        })));

    private static async Task<NetworkHost> LinkPeersAsync(NetworkHost network)
    {
        var accounts = network.Host.Services.GetRequiredService<NrwBot.Host.Onboarding.EfPeerAccounts>();
        Assert.True(await accounts.RememberAsync(TestPerson.Carl.Key, "amira.beispielhaus@example.org", null, default));
        Assert.True(await accounts.RememberAsync(Dora.Key, "paul.vorlagemann@example.org", null, default));
        return network;
    }

    public TestAdapter Personal(TestPerson person) => Host.Channel(person);

    /// <summary>A reply in the thread under the message <paramref name="rootId"/> of the network channel.</summary>
    public TestAdapter Thread(TestPerson person, string rootId) =>
        Host.Channel(person, conversationType: "channel", conversationId: NetworkTeam + ";messageid=" + rootId);

    public Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, string text) => Host.TurnAsync(channel, text);

    public Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, Activity activity) => Host.TurnAsync(channel, activity);

    public Task<string> TextAsync(TestAdapter channel, string text) => Host.TextOfTurnAsync(channel, text);

    public Task<string> TextAsync(TestAdapter channel, Activity activity) => Host.TextOfTurnAsync(channel, activity);

    /// <summary>Erika (Kreis Düren) asks the network as „eine Fachkraft aus dem Regierungsbezirk Köln“ and confirms; returns the confirmation.</summary>
    public async Task<string> AskAsync(TestPerson person, string question, bool anonymous = true, string region = "Kreis Düren")
    {
        var chat = Personal(person);
        await TurnAsync(chat, ActivityAssert.Submit("profile.submit", ("region", region), ("role", "fachkraft")));
        var check = await TurnAsync(chat, "Frag das Netzwerk: " + question);
        var click = Click(check, anonymous);
        return await TextAsync(chat, click);
    }

    /// <summary>The confirmation's button (named or anonymous) as Teams would send its click.</summary>
    public static Activity Click(IReadOnlyList<IActivity> confirmation, bool anonymous)
    {
        var data = confirmation.SelectMany(reply => reply is IMessageActivity { Attachments.Count: > 0 } ? ActivityAssert.Card(reply).SelectTokens("$..actions[*].data") : [])
            .OfType<Newtonsoft.Json.Linq.JObject>()
            .Last(candidate => candidate.Value<string>("verb") == PostNetworkQuestion.Verb && candidate.Value<string>(PostNetworkQuestion.AnonymousKey) == (anonymous ? "true" : "false"));
        return new Activity { Type = ActivityTypes.Message, Value = data.DeepClone() };
    }

    /// <summary>Text mentioning the bot, as in a channel.</summary>
    public static Activity Mentioning(string text)
    {
        var mention = new Entity();
        mention.SetAs(new Mention { Mentioned = new ChannelAccount("28:nrwbot", "NrwBot"), Text = "<at>NrwBot</at>" });
        return new Activity { Type = ActivityTypes.Message, Text = "<at>NrwBot</at> " + text, Entities = [mention] };
    }

    public async Task<List<OutboxRecord>> OutboxAsync()
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxRecord>().AsNoTracking().OrderBy(record => record.Id).ToListAsync();
    }

    /// <summary>The texts of the messages waiting for <paramref name="targetKey"/>, as they would leave now.</summary>
    public async Task<List<string>> WaitingForAsync(string targetKey)
    {
        var texts = new List<string>();
        foreach (var record in (await OutboxAsync()).Where(record => record.TargetKey == targetKey))
            texts.Add(string.Join("\n", (await RenderAsync(record)).Select(reply => reply.Title + "\n" + reply.Text + "\n" + string.Join(" ", reply.Actions.Select(action => action.Label)))));
        return texts;
    }

    /// <summary>What a waiting row would show when delivered now: its stored replies, or the card its handler renders from the store.</summary>
    public async Task<IReadOnlyList<NrwBot.Dialogs.Conversation.Reply>> RenderAsync(OutboxRecord record)
    {
        var services = Host.Services;
        var rendered = record.Kind switch
        {
            NetworkChannelCards.CardKind => await services.GetRequiredService<NetworkChannelCards>().RenderAsync(record, default),
            NetworkPersonalCopies.CopyKind => await services.GetRequiredService<IEnumerable<IOutboxHandler>>().OfType<NetworkPersonalCopies>().Single().RenderAsync(record, default),
            _ => null,
        };
        return rendered is not null ? [rendered] : record.Payload is { } payload ? OutboxWriter.Deserialize(payload) : [];
    }

    /// <summary>The network channel's card as it would be posted now (the one row waiting for it).</summary>
    public async Task<NrwBot.Dialogs.Conversation.Reply> ChannelCardAsync() =>
        Assert.Single(await RenderAsync(Assert.Single(await OutboxAsync(), record => record.Kind == NetworkChannelCards.CardKind)));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
