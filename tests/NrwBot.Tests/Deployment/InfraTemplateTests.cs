using System.Text.Json;
using NrwBot.Tests.Knowledge;

namespace NrwBot.Tests.Deployment;

/// <summary>
/// infra/main.bicep compiles and passes the Bicep linter without a warning, and the compiled template holds what
/// the operator relies on: the Teams channel, the managed identity as the bot's credential, secrets only as Key
/// Vault references. This is the CI step for the template (it runs in every `dotnet test`).
/// </summary>
public sealed class InfraTemplateTests
{
    private static string Template => KnowledgeFixtures.RepositoryFile("infra", "main.bicep");
    private static string Parameters => KnowledgeFixtures.RepositoryFile("infra", "main.bicepparam");

    // One compilation for all tests: the CLI takes seconds to start on a busy machine.
    private static readonly Lazy<Task<BicepCli.Result>> Compiled = new(() => BicepCli.RunAsync(null, "build", Template, "--stdout"));

    [SkippableFact]
    public async Task The_template_compiles_and_lints_clean()
    {
        Skip.If(BicepCli.Path is null, "The Bicep CLI package is only restored on Linux x64.");
        var build = await Compiled.Value;
        Assert.True(build.ExitCode == 0, build.Errors);
        Assert.DoesNotContain("Warning", build.Errors);

        var lint = await BicepCli.RunAsync(null, "lint", Template);
        Assert.True(lint.ExitCode == 0, lint.Output + lint.Errors);
        Assert.Equal("", (lint.Output + lint.Errors).Trim());
    }

    [SkippableFact]
    public async Task The_compiled_template_deploys_the_bot_with_a_managed_identity_and_secrets_from_key_vault()
    {
        Skip.If(BicepCli.Path is null, "The Bicep CLI package is only restored on Linux x64.");
        var build = await Compiled.Value;
        Assert.True(build.ExitCode == 0, build.Errors);
        using var template = JsonDocument.Parse(build.Output);
        var resources = template.RootElement.GetProperty("resources").EnumerateArray().ToList();
        string[] types = [.. resources.Select(resource => resource.GetProperty("type").GetString()!)];

        foreach (var expected in new[]
                 {
                     "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels", "Microsoft.Web/sites",
                     "Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.KeyVault/vaults", "Microsoft.Insights/components",
                     "Microsoft.ManagedIdentity/userAssignedIdentities",
                 })
            Assert.Contains(expected, types);

        var bot = resources.Single(resource => resource.GetProperty("type").GetString() == "Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", bot.GetProperty("properties").GetProperty("msaAppType").GetString());
        var channel = resources.Single(resource => resource.GetProperty("type").GetString() == "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", channel.GetProperty("properties").GetProperty("channelName").GetString());

        var site = resources.Single(resource => resource.GetProperty("type").GetString() == "Microsoft.Web/sites");
        var settings = site.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").GetString()!;
        Assert.Contains("'MicrosoftAppType', 'value', 'UserAssignedMSI'", settings);
        Assert.Contains("'ConnectionStrings__Postgres', 'value', format('@Microsoft.KeyVault(SecretUri=", settings);
        Assert.Contains("'Knowledge__UserKeySalt', 'value', format('@Microsoft.KeyVault(SecretUri=", settings);
        Assert.DoesNotContain("MicrosoftAppPassword", settings);
        Assert.Contains("DOTNETCORE|10.0", site.GetRawText());
        Assert.Contains("/healthz/ready", site.GetRawText());

        // Every secret is a secure parameter: the compiled template carries no default value for any of them.
        var parameters = template.RootElement.GetProperty("parameters");
        foreach (var name in new[] { "postgresAdminPassword", "userKeySalt", "textAnalyticsKey", "smtpPassword" })
        {
            Assert.Equal("securestring", parameters.GetProperty(name).GetProperty("type").GetString());
            if (parameters.GetProperty(name).TryGetProperty("defaultValue", out var value)) Assert.Equal("", value.GetString());
        }
    }

    [SkippableFact]
    public async Task The_parameter_file_reads_its_secrets_from_the_environment_and_holds_none()
    {
        Skip.If(BicepCli.Path is null, "The Bicep CLI package is only restored on Linux x64.");
        var password = "pw-" + Guid.NewGuid().ToString("N");
        var salt = "salt-" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string> { ["NRWBOT_POSTGRES_PASSWORD"] = password, ["NRWBOT_USER_KEY_SALT"] = salt };

        var build = await BicepCli.RunAsync(environment, "build-params", Parameters, "--stdout");

        Assert.True(build.ExitCode == 0, build.Errors);
        using var result = JsonDocument.Parse(build.Output);
        using var parameters = JsonDocument.Parse(result.RootElement.GetProperty("parametersJson").GetString()!);
        var values = parameters.RootElement.GetProperty("parameters");
        Assert.Equal(password, values.GetProperty("postgresAdminPassword").GetProperty("value").GetString());
        Assert.Equal(salt, values.GetProperty("userKeySalt").GetProperty("value").GetString());
        var file = await File.ReadAllTextAsync(Parameters);
        Assert.DoesNotContain(password, file);
        Assert.Contains("readEnvironmentVariable('NRWBOT_POSTGRES_PASSWORD')", file);
    }
}
