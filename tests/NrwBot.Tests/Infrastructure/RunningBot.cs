using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;
using NrwBot.Host.Outbox;

namespace NrwBot.Tests.Infrastructure;

/// <summary>The real bot host, listening on a random loopback port, over a fresh database.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private RunningBot(WebApplication app, TestDatabase database, HttpClient http)
    {
        App = app;
        _database = database;
        Http = http;
    }

    public WebApplication App { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => App.Services;
    public TestDatabase Database => _database;

    public static async Task<RunningBot> StartAsync(Action<WebApplicationBuilder>? configure = null, TestDatabase? database = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        database ??= TestDatabase.Sqlite();
        var app = NrwBotApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            database.Apply(builder);
            configure?.Invoke(builder);
        }, new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory }, replaceServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, database, new HttpClient { BaseAddress = new Uri(address) });
    }

    public Task<HttpResponseMessage> PostJsonAsync(string json, string path = "/api/messages") =>
        Http.PostAsync(path, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));

    /// <summary>
    /// Waits until the outbox holds nothing that is due (messages leave in the background, after the turn answered);
    /// rows waiting for a later retry count as done unless <paramref name="includeRetries"/>.
    /// </summary>
    public async Task DrainOutboxAsync(TimeSpan? timeout = null, bool includeRetries = true)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var contexts = Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        while (true)
        {
            await using (var db = await contexts.CreateDbContextAsync())
            {
                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                var waiting = await db.Set<OutboxRecord>().CountAsync(row => row.State == OutboxRecord.Pending && (includeRetries || row.NextAttemptAt <= now));
                if (waiting == 0) return;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The outbox did not drain.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        _database.Dispose();
    }
}
