using System.Diagnostics;
using System.Net;
using System.Text.Json;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Deployment;

/// <summary>The built bot runs from any working directory, and its commands print only what they are asked for.</summary>
public sealed class PublishedBotTests
{
    [Fact]
    public async Task Nrwbot_ask_json_from_a_foreign_directory_prints_one_json_document_and_nothing_else()
    {
        var elsewhere = Directory.CreateTempSubdirectory("nrwbot-cwd-");
        try
        {
            using var process = Process.Start(BuiltBot.Start(elsewhere.FullName, "ask", "Wann ist der Verwendungsnachweis fällig?", "--json"))!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);

            Assert.True(process.ExitCode == 0, await errors);
            using var answer = JsonDocument.Parse(await output);
            Assert.Equal("answer", answer.RootElement.GetProperty("decision").GetString());
            Assert.Equal("verwendungsnachweis", answer.RootElement.GetProperty("id").GetString());
            // The command leaves nothing behind in the working directory (no data/ folder, no database).
            Assert.Empty(elsewhere.EnumerateFileSystemInfos());
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_built_bot_started_from_a_foreign_directory_finds_its_settings_and_content_and_gets_ready()
    {
        using var database = TestDatabase.Sqlite();
        var elsewhere = Directory.CreateTempSubdirectory("nrwbot-cwd-");
        var port = BuiltBot.FreePort();
        var start = BuiltBot.Start(elsewhere.FullName);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Sqlite"] = database.ConnectionString;
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await WaitForReadyAsync(http, process, TimeSpan.FromMinutes(2));

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = await ready.Content.ReadAsStringAsync();
            Assert.Contains("\"status\":\"Healthy\"", body);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            elsewhere.Delete(recursive: true);
        }
        // The knowledge base was seeded into the new database from content/ next to the binaries, not from the working directory.
        var articles = Directory.GetFiles(Path.Combine(BuiltBot.Folder, "content", "knowledge"), "*.md").Length;
        Assert.Contains($"{articles} Artikel", await log);
    }

    private static async Task<HttpResponseMessage> WaitForReadyAsync(HttpClient http, Process process, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, "the bot stopped before it was ready");
            try
            {
                var response = await http.GetAsync("/healthz/ready");
                if (response.StatusCode == HttpStatusCode.OK || clock.Elapsed > limit) return response;
            }
            catch (HttpRequestException) when (clock.Elapsed < limit)
            {
            }
            await Task.Delay(100);
        }
    }
}
