namespace NrwBot.Host.Cli;

/// <summary>
/// `dotnet run --project bot` starts the bot in bot/, so a path typed at the repository root (such as
/// tests/data/qa-dev.jsonl) is looked up there too: next to NrwBot.sln above the working directory.
/// </summary>
public static class InputPath
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return path;
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NrwBot.sln")) && File.Exists(Path.Combine(folder.FullName, path)))
                return Path.Combine(folder.FullName, path);
        }
        return path;
    }

    /// <summary>The arguments with every one that names an existing file made usable from bot/.</summary>
    public static string[] ResolveAll(string[] args) => args.Select(arg => arg.StartsWith("--", StringComparison.Ordinal) ? arg : Resolve(arg)).ToArray();
}
