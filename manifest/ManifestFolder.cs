namespace NrwBot.Manifest;

/// <summary>Finds the manifest/ folder of the repository when no --source is given.</summary>
public static class ManifestFolder
{
    private const string ProjectFile = "NrwBot.Manifest.csproj";

    /// <summary>
    /// `dotnet run --project manifest` runs from manifest/bin/…, so the binaries' folder is searched upwards first;
    /// then the current directory and its parents, also looking into a manifest/ subfolder.
    /// </summary>
    public static string? Locate() =>
        Upwards(AppContext.BaseDirectory).Concat(Upwards(Directory.GetCurrentDirectory()))
            .SelectMany(folder => new[] { folder, Path.Combine(folder, "manifest") })
            .FirstOrDefault(IsManifestFolder);

    public static bool IsManifestFolder(string folder) =>
        File.Exists(Path.Combine(folder, AppPackageBuilder.ManifestFile)) && File.Exists(Path.Combine(folder, ProjectFile));

    private static IEnumerable<string> Upwards(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            yield return folder.FullName;
        }
    }
}
