using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Host.Adapter;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// <see cref="BotTestHost"/> with two more edges swapped (through NrwBotApp's replaceServices): proactive messages
/// and the LKS channel are recorded, and a test may wrap the request store. Anna and Ben are configured as LKS.
/// Conversations can be held by any <see cref="TestPerson"/>.
/// </summary>
public sealed class RequestsHost : IAsyncDisposable
{
    private readonly bool _ownsDatabase;

    private RequestsHost(WebApplication app, FakeTimeProvider clock, TestDatabase database, bool ownsDatabase)
    {
        App = app;
        Clock = clock;
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public WebApplication App { get; }
    public FakeTimeProvider Clock { get; }
    public TestDatabase Database { get; }
    public IServiceProvider Services => App.Services;
    public IBot Bot => Services.GetRequiredService<IBot>();
    public RecordingProactiveSender Sender => (RecordingProactiveSender)Services.GetRequiredService<IProactiveSender>();
    public RecordingLksChannel LksChannel => (RecordingLksChannel)Services.GetRequiredService<ILksChannel>();
    public IRequestStore Store => Services.GetRequiredService<IRequestStore>();

    public static async Task<RequestsHost> StartAsync(TestDatabase? database = null, Action<IServiceCollection>? replaceServices = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var ownsDatabase = database is null;
        database ??= TestDatabase.Sqlite();
        var app = NrwBotApp.Build([], builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            database.Apply(builder);
            builder.Configuration["Lks:Members:0"] = TestPerson.Anna.AadObjectId;
            builder.Configuration["Lks:Members:1"] = TestPerson.Ben.AadObjectId;
        }, new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory }, services =>
        {
            services.AddSingleton<IProactiveSender, RecordingProactiveSender>();
            services.AddSingleton<ILksChannel, RecordingLksChannel>();
            replaceServices?.Invoke(services);
        });
        foreach (var service in app.Services.GetServices<IHostedService>().OfType<DatabaseStartup>())
            await service.StartAsync(CancellationToken.None);
        return new RequestsHost(app, clock, database, ownsDatabase);
    }

    private readonly Dictionary<string, TestAdapter> _channels = [];

    /// <summary>
    /// One adapter per conversation: a TestAdapter numbers its activities from 0, and a second adapter for the same
    /// conversation would repeat activity ids, which the intake rightly treats as redeliveries.
    /// </summary>
    public TestAdapter Channel(TestPerson person, string channelId = "msteams", string conversationType = "personal", string? conversationId = null)
    {
        var key = string.Join('|', person.Id, channelId, conversationType, conversationId);
        lock (_channels)
        {
            if (!_channels.TryGetValue(key, out var channel)) _channels[key] = channel = NewChannel(person, channelId, conversationType, conversationId);
            return channel;
        }
    }

    private TestAdapter NewChannel(TestPerson person, string channelId, string conversationType, string? conversationId)
    {
        var reference = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            User = new ChannelAccount(person.Id, person.Name) { AadObjectId = person.AadObjectId },
            Bot = new ChannelAccount("28:nrwbot", "NrwBot", RoleTypes.Bot),
            Conversation = new ConversationAccount(conversationType == "channel", conversationType, conversationId ?? "a:personal-" + person.Id),
            Locale = "de-DE",
        };
        return new TestAdapter(reference) { OnTurnError = Services.GetRequiredService<TurnErrorHandler>().HandleAsync };
    }

    public Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, string text) =>
        TurnAsync(channel, new Activity { Type = ActivityTypes.Message, Text = text });

    public async Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, Activity activity)
    {
        await channel.ProcessActivityAsync(activity, Bot.OnTurnAsync);
        var replies = new List<IActivity>();
        while (channel.GetNextReply() is { } reply) replies.Add(reply);
        return replies;
    }

    public async Task<string> TextOfTurnAsync(TestAdapter channel, string text) => Visible(await TurnAsync(channel, text));

    public async Task<string> TextOfTurnAsync(TestAdapter channel, Activity activity) => Visible(await TurnAsync(channel, activity));

    public Task<IReadOnlyList<SupportRequest>> AllRequestsAsync() => Store.ListAsync(new RequestFilter(), CancellationToken.None);

    public static string Visible(IEnumerable<IActivity> replies) => string.Join("\n---\n", replies.Select(ActivityAssert.VisibleText));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_ownsDatabase) Database.Dispose();
    }
}
