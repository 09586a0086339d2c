using NrwBot.Host.Cli;
using NrwBot.Host.Hosting;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var app = NrwBotApp.Build(args);
if (!app.HasRequiredCredentials())
{
    // Disposing flushes the console logger, so the one line that says what is missing is never lost.
    await app.DisposeAsync();
    return 1;
}
await app.RunAsync();
return 0;
