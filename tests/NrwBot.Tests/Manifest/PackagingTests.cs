using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using NrwBot.Manifest;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NrwBot.Tests.Manifest;

public class PackagingTests
{
    private static readonly string AppId = ManifestSources.Ids.AppId.ToString();
    private static readonly string BotId = ManifestSources.Ids.BotId.ToString();

    [Fact]
    public void Package_holds_the_manifest_icons_and_localization_at_the_zip_root()
    {
        using var output = TempFolder.Empty();
        var result = Build(ManifestSources.Folder, output.File("nrwbot.zip"));

        using var zip = ZipFile.OpenRead(result.ZipPath);
        var names = zip.Entries.Select(entry => entry.FullName).ToList();
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], names.Order(StringComparer.Ordinal));
        Assert.Equal(names, result.Entries);
    }

    [Fact]
    public void Packaged_manifest_carries_the_ids_and_validates_against_the_schema()
    {
        using var output = TempFolder.Empty();
        var result = Build(ManifestSources.Folder, output.File("nrwbot.zip"));
        var manifest = ReadJson(result.ZipPath, "manifest.json");

        Assert.Equal(AppId, (string)manifest["id"]!);
        Assert.Equal(BotId, (string)manifest["bots"]![0]!["botId"]!);
        Assert.Empty(ManifestSchemaValidator.FromFile(ManifestSources.SchemaPath(ManifestSchemaValidator.ManifestSchemaFile))
            .Validate(ManifestSources.ToElement(manifest)));
    }

    [Fact]
    public void Packaged_icons_have_the_sizes_Teams_requires()
    {
        using var output = TempFolder.Empty();
        var result = Build(ManifestSources.Folder, output.File("nrwbot.zip"));

        using var zip = ZipFile.OpenRead(result.ZipPath);
        Assert.Equal(192, ImageSize(zip, "color.png"));
        Assert.Equal(32, ImageSize(zip, "outline.png"));
    }

    [Fact]
    public void Packaging_the_same_sources_twice_gives_the_same_bytes()
    {
        using var output = TempFolder.Empty();
        var first = Build(ManifestSources.Folder, output.File("first.zip"));
        var second = Build(ManifestSources.Folder, output.File("second.zip"));

        Assert.Equal(File.ReadAllBytes(first.ZipPath), File.ReadAllBytes(second.ZipPath));
    }

    [Fact]
    public void Command_builds_the_package_from_arguments()
    {
        using var output = TempFolder.Empty();
        var (exitCode, stdout, _) = Run(NoEnvironment, "--app-id", AppId, "--bot-id", BotId, "--source", ManifestSources.Folder, "--output", output.File("nrwbot.zip"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(output.File("nrwbot.zip"), stdout, StringComparison.Ordinal);
        Assert.Equal(AppId, (string)ReadJson(output.File("nrwbot.zip"), "manifest.json")["id"]!);
    }

    [Fact]
    public void Command_accepts_option_equals_value_and_finds_the_manifest_folder_itself()
    {
        using var output = TempFolder.Empty();
        var (exitCode, _, stderr) = Run(NoEnvironment, $"--app-id={AppId}", $"--bot-id={BotId}", $"--output={output.File("nrwbot.zip")}");

        Assert.True(exitCode == ExitCodes.Success, stderr);
        Assert.Equal(ManifestSources.Folder, ManifestFolder.Locate());
        Assert.Equal(BotId, (string)ReadJson(output.File("nrwbot.zip"), "manifest.json")["bots"]![0]!["botId"]!);
    }

    [Fact]
    public void Command_falls_back_to_the_environment_variables()
    {
        using var output = TempFolder.Empty();
        var environment = Variables(("NRWBOT_TEAMS_APP_ID", AppId), ("MicrosoftAppId", BotId));
        var (exitCode, _, _) = Run(environment, "--source", ManifestSources.Folder, "--output", output.File("nrwbot.zip"));

        var manifest = ReadJson(output.File("nrwbot.zip"), "manifest.json");
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(AppId, (string)manifest["id"]!);
        Assert.Equal(BotId, (string)manifest["bots"]![0]!["botId"]!);
    }

    [Fact]
    public void Command_line_ids_win_over_the_environment()
    {
        using var output = TempFolder.Empty();
        var environment = Variables(("NRWBOT_TEAMS_APP_ID", Guid.NewGuid().ToString()), ("MicrosoftAppId", Guid.NewGuid().ToString()));
        Run(environment, "--app-id", AppId, "--bot-id", BotId, "--source", ManifestSources.Folder, "--output", output.File("nrwbot.zip"));

        var manifest = ReadJson(output.File("nrwbot.zip"), "manifest.json");
        Assert.Equal(AppId, (string)manifest["id"]!);
        Assert.Equal(BotId, (string)manifest["bots"]![0]!["botId"]!);
    }

    [Fact]
    public void Command_refuses_without_ids_naming_both_settings_once()
    {
        using var output = TempFolder.Empty();
        var (exitCode, stdout, stderr) = Run(NoEnvironment, "--source", ManifestSources.Folder, "--output", output.File("nrwbot.zip"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Empty(stdout);
        var message = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("NRWBOT_TEAMS_APP_ID", message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", message, StringComparison.Ordinal);
        Assert.False(File.Exists(output.File("nrwbot.zip")));
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid")]
    [InlineData("--app-id", "00000000-0000-0000-0000-000000000000")]
    [InlineData("--bot-id", "{6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b}")]
    [InlineData("--bot-id", "6f1d2c3b4a5e4f609b7a8c9d0e1f2a3b")]
    public void Command_refuses_an_id_that_is_not_a_guid(string option, string value)
    {
        using var output = TempFolder.Empty();
        var ids = new Dictionary<string, string> { ["--app-id"] = AppId, ["--bot-id"] = BotId, [option] = value };
        var (exitCode, _, stderr) = Run(NoEnvironment, "--app-id", ids["--app-id"], "--bot-id", ids["--bot-id"],
            "--source", ManifestSources.Folder, "--output", output.File("nrwbot.zip"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output.File("nrwbot.zip")));
    }

    [Fact]
    public void Command_refuses_an_unknown_argument()
    {
        var (exitCode, _, stderr) = Run(NoEnvironment, "--app-id", AppId, "--bot-id", BotId, "--botid", BotId);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--botid", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_refuses_a_manifest_that_breaks_the_schema_and_removes_an_old_package()
    {
        using var sources = TempFolder.WithManifestSources();
        var manifest = JsonNode.Parse(File.ReadAllText(sources.File("manifest.json")))!;
        manifest["name"]!["short"] = "NrwBot – der Assistent im Netzwerk";
        File.WriteAllText(sources.File("manifest.json"), manifest.ToJsonString());
        var zipPath = sources.File("build/nrwbot.zip");
        Directory.CreateDirectory(sources.File("build"));
        File.WriteAllText(zipPath, "an old package");

        var result = AppPackageBuilder.WithEmbeddedSchemas().Build(sources.Path, ManifestSources.Ids, zipPath);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, problem => problem.Contains("/name/short", StringComparison.Ordinal));
        Assert.False(File.Exists(zipPath));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("01.0.0")]
    public void Builder_refuses_a_version_Teams_does_not_accept(string version)
    {
        using var sources = TempFolder.WithManifestSources();
        var manifest = JsonNode.Parse(File.ReadAllText(sources.File("manifest.json")))!;
        manifest["version"] = version;
        File.WriteAllText(sources.File("manifest.json"), manifest.ToJsonString());

        var result = AppPackageBuilder.WithEmbeddedSchemas().Build(sources.Path, ManifestSources.Ids, sources.File("nrwbot.zip"));

        Assert.Contains(result.Problems, problem => problem.Contains("/version", StringComparison.Ordinal));
    }

    [Fact]
    public void Builder_refuses_an_icon_of_the_wrong_size()
    {
        using var sources = TempFolder.WithManifestSources();
        using (var image = new Image<Rgba32>(48, 48, new Rgba32(255, 255, 255, 255)))
        {
            image.SaveAsPng(sources.File("outline.png"));
        }

        var result = AppPackageBuilder.WithEmbeddedSchemas().Build(sources.Path, ManifestSources.Ids, sources.File("nrwbot.zip"));

        Assert.Contains(result.Problems, problem => problem.StartsWith("outline.png", StringComparison.Ordinal));
        Assert.False(File.Exists(sources.File("nrwbot.zip")));
    }

    [Fact]
    public void Builder_refuses_files_outside_the_zip_root_and_missing_files()
    {
        using var sources = TempFolder.WithManifestSources();
        var manifest = JsonNode.Parse(File.ReadAllText(sources.File("manifest.json")))!;
        manifest["icons"]!["color"] = "icons/color.png";
        manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"] = "fr.json";
        File.WriteAllText(sources.File("manifest.json"), manifest.ToJsonString());

        var result = AppPackageBuilder.WithEmbeddedSchemas().Build(sources.Path, ManifestSources.Ids, sources.File("nrwbot.zip"));

        Assert.Contains(result.Problems, problem => problem.StartsWith("icons/color.png", StringComparison.Ordinal));
        Assert.Contains(result.Problems, problem => problem.StartsWith("fr.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Builder_validates_the_localization_files_against_their_schema()
    {
        using var sources = TempFolder.WithManifestSources();
        var english = JsonNode.Parse(File.ReadAllText(sources.File("en.json")))!.AsObject();
        english.Remove("description.short");
        File.WriteAllText(sources.File("en.json"), english.ToJsonString());

        var result = AppPackageBuilder.WithEmbeddedSchemas().Build(sources.Path, ManifestSources.Ids, sources.File("nrwbot.zip"));

        Assert.Contains(result.Problems, problem => problem.StartsWith("en.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Command_reports_an_invalid_package_with_exit_code_1()
    {
        using var sources = TempFolder.WithManifestSources();
        File.WriteAllText(sources.File("manifest.json"), File.ReadAllText(sources.File("manifest.json"))
            .Replace("\"manifestVersion\": \"1.29\"", "\"manifestVersion\": \"1.30\"", StringComparison.Ordinal));

        var (exitCode, _, stderr) = Run(NoEnvironment, "--app-id", AppId, "--bot-id", BotId, "--source", sources.Path);

        Assert.Equal(ExitCodes.InvalidPackage, exitCode);
        Assert.Contains("/manifestVersion", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(AppPackageBuilder.DefaultZipPath(sources.Path)));
    }

    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(variable => variable.Name == name).Value;

    private static PackageResult Build(string source, string zipPath)
    {
        var result = AppPackageBuilder.WithEmbeddedSchemas().Build(source, ManifestSources.Ids, zipPath);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    private static (int ExitCode, string Output, string Error) Run(Func<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PackageCommand.Run(args, environment, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static JsonObject ReadJson(string zipPath, string entryName)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry(entryName)!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static int ImageSize(ZipArchive zip, string entryName)
    {
        using var stream = zip.GetEntry(entryName)!.Open();
        using var image = Image.Load<Rgba32>(stream);
        Assert.Equal(image.Width, image.Height);
        return image.Width;
    }
}
