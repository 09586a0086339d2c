using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Host.Adapter;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// The production wiring (<see cref="NrwBotServices.AddNrwBot"/>) with only the edges swapped: the channel is
/// a TestAdapter, the database a fresh SQLite file, the clock a FakeTimeProvider. One host per test.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string UserId = "29:user-erika";
    public const string UserAadId = "aad-erika-0001";
    public const string UserName = "Erika Musterfrau";

    private readonly bool _ownsDatabase;

    private BotTestHost(WebApplication app, FakeTimeProvider clock, TestDatabase database, bool ownsDatabase)
    {
        _ownsDatabase = ownsDatabase;
        App = app;
        Clock = clock;
        Database = database;
    }

    public WebApplication App { get; }
    public FakeTimeProvider Clock { get; }
    public TestDatabase Database { get; }
    public IServiceProvider Services => App.Services;
    public IBot Bot => Services.GetRequiredService<IBot>();

    /// <summary>Starts a host; a database passed in outlives it (to test restarts), one made here is dropped with it.</summary>
    public static async Task<BotTestHost> StartAsync(Action<WebApplicationBuilder>? configure = null, TestDatabase? database = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var ownsDatabase = database is null;
        database ??= TestDatabase.Sqlite();
        var app = NrwBotApp.Build([], builder =>
        {
            database.Apply(builder);
            configure?.Invoke(builder);
        }, new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory }, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            replaceServices?.Invoke(services);
        });
        await StartedServices.StartDatabaseAndKnowledgeAsync(app.Services);
        return new BotTestHost(app, clock, database, ownsDatabase);
    }

    /// <summary>A conversation as Teams (or another channel) would start it; replies are asserted in order.</summary>
    public TestFlow Conversation(string channelId = "msteams", string conversationType = "personal", string conversationId = "a:personal-erika") =>
        new(Channel(channelId, conversationType, conversationId), Bot.OnTurnAsync);

    /// <summary>Sends one message or activity and returns every reply of that turn.</summary>
    public async Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, string text) =>
        await TurnAsync(channel, new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>An activity with an id keeps it (a redelivery); without one it gets a fresh one.</summary>
    public async Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, Activity activity)
    {
        UniqueActivityIds.Deliver(activity.Id);
        await channel.ProcessActivityAsync(activity, Bot.OnTurnAsync);
        UniqueActivityIds.Deliver(null);
        var replies = new List<IActivity>();
        while (channel.GetNextReply() is { } reply) replies.Add(reply);
        return replies;
    }

    /// <summary>A channel for one conversation; <paramref name="user"/> defaults to Erika Musterfrau.</summary>
    public TestAdapter Channel(string channelId = "msteams", string conversationType = "personal", string conversationId = "a:personal-erika",
        ChannelAccount? user = null) => Channel(Services, channelId, conversationType, conversationId, user);

    /// <summary>A channel for one conversation with any running bot's services (<see cref="RunningBot"/> too).</summary>
    public static TestAdapter Channel(IServiceProvider services, string channelId = "msteams", string conversationType = "personal",
        string conversationId = "a:personal-erika", ChannelAccount? user = null)
    {
        var reference = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            User = user ?? new ChannelAccount(UserId, UserName) { AadObjectId = UserAadId },
            Bot = new ChannelAccount("28:nrwbot", "NrwBot", RoleTypes.Bot),
            Conversation = new ConversationAccount(conversationType == "channel", conversationType, conversationId),
            Locale = "de-DE",
        };
        var adapter = new TestAdapter(reference) { OnTurnError = services.GetRequiredService<TurnErrorHandler>().HandleAsync };
        adapter.Use(new UniqueActivityIds());
        return adapter;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_ownsDatabase) Database.Dispose();
    }
}
