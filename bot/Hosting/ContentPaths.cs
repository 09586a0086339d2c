namespace NrwBot.Host.Hosting;

/// <summary>Finds the content the LKS edits: under the content root, else next to the binaries.</summary>
public static class ContentPaths
{
    /// <summary>
    /// The content root of the bot and its commands: the working directory when it holds the content (so
    /// `dotnet run --project bot` uses bot/ with its appsettings.json and data/), else the folder of the binaries,
    /// so a published build runs from any working directory.
    /// </summary>
    public static string Root() =>
        Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "content")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory;

    public static string Resolve(string contentRoot, params string[] parts)
    {
        var underRoot = Path.Combine([contentRoot, "content", .. parts]);
        return File.Exists(underRoot) || Directory.Exists(underRoot)
            ? underRoot
            : Path.Combine([AppContext.BaseDirectory, "content", .. parts]);
    }
}
