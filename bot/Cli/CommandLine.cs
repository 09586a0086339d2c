using NrwBot.Host.Knowledge;

namespace NrwBot.Host.Cli;

/// <summary>The commands of `dotnet run --project bot -- …`; without one, the bot runs as a web service.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chat"] = _ => ChatCommand.RunAsync(Console.In, Console.Out, interactive: !Console.IsInputRedirected, CancellationToken.None),
        ["ask"] = rest => KnowledgeServices.CommandLine(CommandLineConfiguration.Build(), rest).AskAsync(rest, Console.Out, Console.Error),
        ["eval"] = rest => KnowledgeServices.CommandLine(CommandLineConfiguration.Build(), rest).EvalAsync(InputPath.ResolveAll(rest), Console.Out, Console.Error),
        ["kb"] = rest => rest switch
        {
            ["check", .. var more] => KnowledgeServices.CommandLine(CommandLineConfiguration.Build()).CheckAsync(more, Console.Out),
            ["import" or "export" or "history" or "rollback", ..] => KnowledgeStoreCommand.RunAsync(rest, Console.Out, Console.Error),
            _ => Usage("kb check | kb import [ORDNER] | kb export ORDNER | kb history ID | kb rollback ID VERSION"),
        },
        ["classify"] = rest => NrwBot.Host.Language.ClassifyCommandLine.RunAsync(rest, Console.Out, stderr: Console.Error),
        ["place"] = rest => NrwBot.Dialogs.Places.PlaceCommandLine.RunAsync(rest, Console.Out, Console.Error),
        ["digest"] = rest => NrwBot.Host.Digest.DigestCommandLine.RunAsync(rest, Console.Out, Console.Error),
        ["results"] = rest => NrwBot.Host.NetworkResults.ResultsCommandLine.RunAsync(rest, Console.Out, Console.Error),
        ["calendar"] = rest => NrwBot.Host.Calendar.CalendarCommandLine.RunAsync(rest, Console.Out, Console.Error),
        ["workdays"] = rest => NrwBot.Dialogs.WorkingDays.WorkdaysCommandLine.RunAsync(rest, Console.Out, Console.Error),
        ["backup"] = rest => NrwBot.Host.Data.BackupCommandLine.RunAsync(rest, Console.Out, Console.Error),
    };

    private static Task<int> Usage(string command)
    {
        Console.Error.WriteLine($"Aufruf: dotnet run --project bot -- {command}");
        return Task.FromResult(2);
    }

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static Task<int> RunAsync(string[] args) => Commands[args[0]](args[1..]);
}
