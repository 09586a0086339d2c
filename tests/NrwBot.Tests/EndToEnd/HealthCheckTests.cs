using System.Net;
using System.Text.Json;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

/// <summary>/healthz/live and /healthz/ready (ASP.NET Core health checks) next to the combined /healthz.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Ready_lists_database_knowledge_and_digest_and_live_answers()
    {
        await using var bot = await RunningBot.StartAsync();

        var live = await bot.Http.GetAsync("/healthz/live");
        var ready = await bot.Http.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("sqlite", checks.GetProperty("database").GetProperty("description").GetString());
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content", "knowledge"), "*.md").Length;
        Assert.Equal($"{articles} articles", checks.GetProperty("knowledge").GetProperty("description").GetString());
        Assert.Equal("off", checks.GetProperty("digest").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Without_its_database_the_bot_is_live_but_not_ready()
    {
        var database = TestDatabase.Sqlite();
        await using var bot = await RunningBot.StartAsync(database: database);
        File.Delete(database.SqliteFilePath);
        Directory.CreateDirectory(database.SqliteFilePath);

        var live = await bot.Http.GetAsync("/healthz/live");
        var ready = await bot.Http.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
