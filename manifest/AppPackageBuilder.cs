using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NrwBot.Manifest;

/// <summary>
/// Builds the Teams app package: manifest.json with the ids filled in, and every file it refers to, all at the
/// root of one zip. Nothing is written unless the filled manifest, its localization files and its icons pass
/// the checks Teams applies on upload.
/// </summary>
public sealed partial class AppPackageBuilder(ManifestSchemaValidator manifestSchema, ManifestSchemaValidator localizationSchema)
{
    public const string ManifestFile = "manifest.json";
    public const string BuildFolder = "build";
    public const string ZipFile = "nrwbot.zip";

    // A fixed entry time makes two packages of the same sources byte-identical.
    private static readonly DateTimeOffset EntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static AppPackageBuilder WithEmbeddedSchemas() => new(
        ManifestSchemaValidator.FromEmbedded(ManifestSchemaValidator.ManifestSchemaFile),
        ManifestSchemaValidator.FromEmbedded(ManifestSchemaValidator.LocalizationSchemaFile));

    public static string DefaultZipPath(string sourceFolder) => Path.Combine(sourceFolder, BuildFolder, ZipFile);

    public PackageResult Build(string sourceFolder, AppIds ids, string zipPath)
    {
        var manifestPath = Path.Combine(sourceFolder, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            return Refuse(zipPath, [PackagerTexts.FileMissing(ManifestFile)]);
        }

        var manifestText = ManifestTemplate.Fill(File.ReadAllText(manifestPath), ids);
        var problems = ManifestTemplate.PlaceholdersLeft(manifestText).Select(PackagerTexts.PlaceholderLeft).ToList();
        if (ParseJson(ManifestFile, manifestText, problems) is not { } manifest)
        {
            return Refuse(zipPath, problems);
        }

        using (manifest)
        {
            problems.AddRange(manifestSchema.Validate(manifest.RootElement).Select(problem => PackagerTexts.SchemaProblem(ManifestFile, problem)));
            problems.AddRange(CheckVersion(manifest.RootElement));
            var files = ReferencedFiles(manifest.RootElement);
            problems.AddRange(files.SelectMany(file => Check(sourceFolder, file)));
            if (problems.Count > 0)
            {
                return Refuse(zipPath, problems);
            }

            WriteZip(zipPath, manifestText, sourceFolder, files);
            return new PackageResult(zipPath, [ManifestFile, .. files.Select(file => file.Name)], []);
        }
    }

    /// <summary>The icons and localization files manifest.json names, in the order it names them.</summary>
    public static IReadOnlyList<PackageFile> ReferencedFiles(JsonElement manifest)
    {
        var files = new List<PackageFile>();
        if (manifest.TryGetProperty("icons", out var icons) && icons.ValueKind == JsonValueKind.Object)
        {
            files.AddRange(icons.EnumerateObject()
                .Where(icon => icon.Value.ValueKind == JsonValueKind.String)
                .Select(icon => new PackageFile(icon.Value.GetString()!, icon.Name switch
                {
                    "color" => PackageFileKind.ColorIcon,
                    "outline" => PackageFileKind.OutlineIcon,
                    _ => PackageFileKind.OtherIcon,
                })));
        }

        if (manifest.TryGetProperty("localizationInfo", out var localization) && localization.ValueKind == JsonValueKind.Object)
        {
            if (localization.TryGetProperty("defaultLanguageFile", out var defaultFile) && defaultFile.ValueKind == JsonValueKind.String)
            {
                files.Add(new PackageFile(defaultFile.GetString()!, PackageFileKind.Localization));
            }

            if (localization.TryGetProperty("additionalLanguages", out var languages) && languages.ValueKind == JsonValueKind.Array)
            {
                files.AddRange(languages.EnumerateArray()
                    .Where(language => language.ValueKind == JsonValueKind.Object && language.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String)
                    .Select(language => new PackageFile(language.GetProperty("file").GetString()!, PackageFileKind.Localization)));
            }
        }

        return files.DistinctBy(file => file.Name).ToList();
    }

    // The schema only limits the version's length; Teams accepts nothing but numeric MAJOR.MINOR.PATCH.
    private static IEnumerable<string> CheckVersion(JsonElement manifest)
    {
        if (manifest.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
            && !SemanticVersion().IsMatch(version.GetString()!))
        {
            yield return PackagerTexts.VersionNotSemver(version.GetString()!);
        }
    }

    private IReadOnlyList<string> Check(string sourceFolder, PackageFile file)
    {
        if (file.Name.Length == 0 || file.Name != Path.GetFileName(file.Name) || file.Name is "." or ".." || file.Name.Contains('\\'))
        {
            return [PackagerTexts.FileNotAtRoot(file.Name)];
        }

        var path = Path.Combine(sourceFolder, file.Name);
        if (!File.Exists(path))
        {
            return [PackagerTexts.FileMissing(file.Name)];
        }

        return file.Kind switch
        {
            PackageFileKind.ColorIcon => IconRules.CheckColor(path),
            PackageFileKind.OutlineIcon => IconRules.CheckOutline(path),
            PackageFileKind.Localization => CheckLocalization(file.Name, File.ReadAllText(path)),
            _ => [],
        };
    }

    private List<string> CheckLocalization(string name, string text)
    {
        var problems = new List<string>();
        using var document = ParseJson(name, text, problems);
        if (document is not null)
        {
            problems.AddRange(localizationSchema.Validate(document.RootElement).Select(problem => PackagerTexts.SchemaProblem(name, problem)));
        }

        return problems;
    }

    private static JsonDocument? ParseJson(string name, string text, List<string> problems)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            problems.Add(PackagerTexts.NotJson(name, ex.Message));
            return null;
        }
    }

    private static void WriteZip(string zipPath, string manifestText, string sourceFolder, IReadOnlyList<PackageFile> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        // Written beside the target and moved over it, so a failed run never leaves half a package behind.
        var partial = zipPath + ".partial";
        using (var archive = System.IO.Compression.ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            AddEntry(archive, ManifestFile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifestText));
            foreach (var file in files)
            {
                AddEntry(archive, file.Name, File.ReadAllBytes(Path.Combine(sourceFolder, file.Name)));
            }
        }

        File.Move(partial, zipPath, overwrite: true);
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }

    // An old package next to a refused build would look like its result; it goes, so nobody uploads it by mistake.
    private static PackageResult Refuse(string zipPath, IReadOnlyList<string> problems)
    {
        if (File.Exists(zipPath))
        {
            File.Delete(zipPath);
        }

        return new PackageResult(zipPath, [], problems);
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemanticVersion();
}
