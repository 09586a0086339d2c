using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;
using NrwBot.Host.Data;
using NrwBot.Host.Digest;
using NrwBot.Host.Hosting;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Digest;

/// <summary>
/// The bot's production wiring for schedule tests, as <see cref="BotTestHost"/> builds it, with the edges swapped: a
/// fake clock, the given database, the LKS channel recorded, the week-47 fixture requests. Hosted services are not
/// started (the tests drive the dispatcher), except the database schema. Two hosts on one database are two instances.
/// </summary>
internal sealed class DigestTestHost : IAsyncDisposable
{
    public const string ChannelKey = "conversation:19:lks-team@thread.tacv2";

    private DigestTestHost(WebApplication app, FakeTimeProvider clock, RecordingProactiveSender channel)
    {
        App = app;
        Clock = clock;
        Channel = channel;
    }

    public WebApplication App { get; }
    public FakeTimeProvider Clock { get; }
    public RecordingProactiveSender Channel { get; }
    public DigestDispatcher Dispatcher => App.Services.GetRequiredService<DigestDispatcher>();
    public DigestClaims Claims => App.Services.GetRequiredService<DigestClaims>();

    public static async Task<DigestTestHost> StartAsync(TestDatabase database, DateTimeOffset now, Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        var clock = new FakeTimeProvider(now);
        var channel = new RecordingProactiveSender();
        var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            database.Apply(builder);
            builder.Configuration["Digest:ChannelConversationKey"] = ChannelKey;
            foreach (var (key, value) in settings ?? []) builder.Configuration[key] = value;
        }, new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory }, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IProactiveSender>(channel);
            services.AddSingleton<IDigestRequestFacts, FixtureRequestFacts>();
            replaceServices?.Invoke(services);
        });
        await StartedServices.StartDatabaseAndKnowledgeAsync(app.Services);
        return new DigestTestHost(app, clock, channel);
    }

    /// <summary>Sets the fake clock (forwards only, as time goes) and runs one pass of the schedule.</summary>
    public async Task RunAtAsync(DateTimeOffset instant)
    {
        if (instant > Clock.GetUtcNow()) Clock.SetUtcNow(instant);
        await Dispatcher.RunDueAsync(CancellationToken.None);
    }

    public IReadOnlyList<string> SentTitles => Channel.Sent.Select(sent => sent.Reply.Title ?? "").ToList();

    public async Task<List<DigestDeliveryRecord>> DeliveriesAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<DigestDeliveryRecord>().AsNoTracking().OrderBy(record => record.PeriodKey).ToListAsync();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
