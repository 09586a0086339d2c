namespace NrwBot.Host.Hosting;

/// <summary>Finds the content the LKS edits: under the content root, else next to the binaries.</summary>
public static class ContentPaths
{
    public static string Resolve(string contentRoot, params string[] parts)
    {
        var underRoot = Path.Combine([contentRoot, "content", .. parts]);
        return File.Exists(underRoot) || Directory.Exists(underRoot)
            ? underRoot
            : Path.Combine([AppContext.BaseDirectory, "content", .. parts]);
    }
}
