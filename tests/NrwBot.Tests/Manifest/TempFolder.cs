namespace NrwBot.Tests.Manifest;

/// <summary>A scratch copy of manifest/ (sources only) that a test may break, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly string[] SourceFiles = ["manifest.json", "en.json", "color.png", "outline.png", "NrwBot.Manifest.csproj"];

    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Empty() => new(Directory.CreateTempSubdirectory("nrwbot-manifest-").FullName);

    public static TempFolder WithManifestSources()
    {
        var folder = Empty();
        foreach (var file in SourceFiles)
        {
            System.IO.File.Copy(System.IO.Path.Combine(ManifestSources.Folder, file), folder.File(file));
        }

        return folder;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
