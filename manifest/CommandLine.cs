namespace NrwBot.Manifest;

/// <summary>The packaging tool's arguments: `[icons] [--app-id G] [--bot-id G] [--output zip] [--source folder] [--help]`.</summary>
public sealed record CommandLine(bool DrawIcons, bool ShowHelp, string? AppId, string? BotId, string? Output, string? Source)
{
    private static readonly string[] ValueOptions = ["--app-id", "--bot-id", "--output", "--source"];

    public static (CommandLine? CommandLine, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool drawIcons = false, showHelp = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (ValueOptions.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
                if (value is null)
                {
                    return (null, PackagerTexts.MissingValue(name));
                }

                values[name] = value;
            }
            else if (name == "icons" && inlineValue is null)
            {
                drawIcons = true;
            }
            else if (name is "--help" or "-h" or "-?" && inlineValue is null)
            {
                showHelp = true;
            }
            else
            {
                return (null, PackagerTexts.UnknownArgument(args[i]));
            }
        }

        return (new CommandLine(drawIcons, showHelp, values.GetValueOrDefault("--app-id"), values.GetValueOrDefault("--bot-id"),
            values.GetValueOrDefault("--output"), values.GetValueOrDefault("--source")), null);
    }

    // Accepts both `--app-id X` and `--app-id=X`.
    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }
}
