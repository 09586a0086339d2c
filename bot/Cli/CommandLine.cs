namespace NrwBot.Host.Cli;

/// <summary>The commands of `dotnet run --project bot -- …`; without one, the bot runs as a web service.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chat"] = _ => ChatCommand.RunAsync(Console.In, Console.Out, interactive: !Console.IsInputRedirected, CancellationToken.None),
        ["classify"] = rest => NrwBot.Host.Language.ClassifyCommandLine.RunAsync(rest, Console.Out, stderr: Console.Error),
        ["place"] = rest => NrwBot.Dialogs.Places.PlaceCommandLine.RunAsync(rest, Console.Out, Console.Error),
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static Task<int> RunAsync(string[] args) => Commands[args[0]](args[1..]);
}
