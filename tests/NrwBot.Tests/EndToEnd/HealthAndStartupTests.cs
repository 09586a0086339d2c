using System.Diagnostics;
using System.Net;
using System.Text.Json;
using NrwBot.Host.Hosting;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

public sealed class HealthAndStartupTests
{
    [Fact]
    public async Task Healthz_is_200_with_a_small_json_body_when_storage_answers()
    {
        await using var bot = await RunningBot.StartAsync();
        var response = await bot.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("sqlite", body.RootElement.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Healthz_is_503_when_storage_does_not_answer()
    {
        var database = TestDatabase.Sqlite();
        await using var bot = await RunningBot.StartAsync(database: database);
        // Take the database away under the running bot: a folder where the file was cannot be opened.
        File.Delete(database.SqliteFilePath);
        Directory.CreateDirectory(database.SqliteFilePath);

        var response = await bot.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, null, null, null, true, null)]
    [InlineData(null, null, null, null, false, "MicrosoftAppId")]
    [InlineData("MultiTenant", "app", null, null, false, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "app", "secret", null, false, "MicrosoftAppTenantId")]
    [InlineData("SingleTenant", "app", "secret", "tenant", false, null)]
    [InlineData("UserAssignedMSI", "app", null, "tenant", false, null)]
    public void The_credential_check_names_the_first_missing_setting(string? type, string? id, string? password, string? tenant, bool development, string? missing)
    {
        var credentials = new BotCredentialsOptions { MicrosoftAppType = type, MicrosoftAppId = id, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant };
        Assert.Equal(missing, CredentialCheck.MissingSetting(credentials, development));
    }

    [Fact]
    public async Task Outside_development_the_process_refuses_to_start_without_credentials_and_says_which_setting()
    {
        using var database = TestDatabase.Sqlite();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NrwBot.Host.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Sqlite"] = database.ConnectionString;
        start.Environment["MicrosoftAppId"] = "";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var log = await output + await errors;
        Assert.Contains("MicrosoftAppId", log);
        Assert.Contains("startet nicht", log);
    }
}
