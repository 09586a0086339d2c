namespace NrwBot.Host.Cli;

/// <summary>
/// The settings the command-line tools read: the same sources as the bot (appsettings.json next to the content,
/// user secrets, environment variables such as <c>Knowledge__SuggestThreshold</c>), so `ask`, `eval` and
/// `classify` decide with the thresholds and services the running bot uses.
/// </summary>
public static class CommandLineConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .SetBasePath(Hosting.ContentPaths.Root())
        .AddJsonFile("appsettings.json", optional: true)
        .AddUserSecrets(typeof(CommandLineConfiguration).Assembly, optional: true)
        .AddEnvironmentVariables()
        .Build();
}
