using System.Text.Json;
using System.Text.Json.Nodes;
using NrwBot.Manifest;

namespace NrwBot.Tests.Manifest;

/// <summary>The committed package sources and the repository's offline schema copies, found from the test binaries.</summary>
internal static class ManifestSources
{
    public static readonly AppIds Ids = new(Guid.Parse("1b6c9c3e-2f0a-4d1b-8e7c-5a4b3c2d1e0f"), Guid.Parse("6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b"));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "manifest");

    public static string SchemaPath(string file) => Path.Combine(RepositoryRoot, "tests", "data", "schemas", "teams-manifest-v1.29", file);

    public static string ManifestText => File.ReadAllText(Path.Combine(Folder, AppPackageBuilder.ManifestFile));

    public static JsonObject FilledManifest() => JsonNode.Parse(ManifestTemplate.Fill(ManifestText, Ids))!.AsObject();

    public static JsonObject EnglishLocalization() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "en.json")))!.AsObject();

    public static JsonElement ToElement(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NrwBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NrwBot.sln not found above " + AppContext.BaseDirectory);
    }
}
