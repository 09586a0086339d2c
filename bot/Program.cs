using NrwBot.Host.Cli;
using NrwBot.Host.Hosting;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var app = NrwBotApp.Build(args);
if (!app.HasRequiredCredentials()) return 1;
await app.RunAsync();
return 0;
