using System.Text.Json.Nodes;
using NrwBot.Manifest;

namespace NrwBot.Tests.Manifest;

public class ManifestSchemaTests
{
    private static readonly ManifestSchemaValidator ManifestSchema =
        ManifestSchemaValidator.FromFile(ManifestSources.SchemaPath(ManifestSchemaValidator.ManifestSchemaFile));

    private static readonly ManifestSchemaValidator LocalizationSchema =
        ManifestSchemaValidator.FromFile(ManifestSources.SchemaPath(ManifestSchemaValidator.LocalizationSchemaFile));

    [Fact]
    public void Manifest_with_ids_filled_in_validates_against_the_published_schema()
    {
        Assert.Empty(ManifestSchema.Validate(ManifestSources.ToElement(ManifestSources.FilledManifest())));
    }

    [Fact]
    public void Committed_manifest_fails_only_where_the_id_placeholders_are()
    {
        var problems = ManifestSchema.Validate(System.Text.Json.JsonDocument.Parse(ManifestSources.ManifestText).RootElement);

        Assert.Equal(["/bots/0/botId", "/id"], problems.Select(problem => problem.Split(':')[0]).Order().ToArray());
    }

    [Fact]
    public void English_localization_validates_against_the_localization_schema()
    {
        Assert.Empty(LocalizationSchema.Validate(ManifestSources.ToElement(ManifestSources.EnglishLocalization())));
    }

    [Theory]
    [InlineData("manifestVersion", "\"1.28\"", "/manifestVersion")]
    [InlineData("accentColor", "\"petrol\"", "/accentColor")]
    [InlineData("unknownProperty", "true", "/unknownProperty")]
    [InlineData("developer", "{\"name\": \"NrwBot-Team\"}", "/developer")]
    public void Schema_rejects_a_broken_manifest(string property, string json, string location)
    {
        var manifest = ManifestSources.FilledManifest();
        manifest[property] = JsonNode.Parse(json);

        Assert.Contains(ManifestSchema.Validate(ManifestSources.ToElement(manifest)), problem => problem.StartsWith(location + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_rejects_an_unknown_bot_scope()
    {
        var manifest = ManifestSources.FilledManifest();
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("meetings");

        Assert.Contains(ManifestSchema.Validate(ManifestSources.ToElement(manifest)), problem => problem.StartsWith("/bots/0/scopes/3:", StringComparison.Ordinal));
    }

    [Fact]
    public void Localization_schema_applies_the_length_limits_written_beside_ref()
    {
        // Under plain draft-04 rules these limits would be ignored; Teams enforces them, so the validator must too.
        var localization = ManifestSources.EnglishLocalization();
        localization["name.short"] = new string('N', 31);

        Assert.Contains(LocalizationSchema.Validate(ManifestSources.ToElement(localization)), problem => problem.StartsWith("/name.short:", StringComparison.Ordinal));
    }

    [Fact]
    public void Localization_schema_rejects_keys_for_commands_beyond_the_schema_limits()
    {
        var localization = ManifestSources.EnglishLocalization();
        localization["bots[0].commandLists[3].commands[0].title"] = "Help";

        Assert.NotEmpty(LocalizationSchema.Validate(ManifestSources.ToElement(localization)));
    }

    [Theory]
    [InlineData(ManifestSchemaValidator.ManifestSchemaFile)]
    [InlineData(ManifestSchemaValidator.LocalizationSchemaFile)]
    public void Packager_embeds_the_repository_copy_of_each_schema(string file)
    {
        using var embedded = typeof(ManifestSchemaValidator).Assembly.GetManifestResourceStream(file);
        using var copy = new MemoryStream();
        embedded!.CopyTo(copy);

        Assert.Equal(File.ReadAllBytes(ManifestSources.SchemaPath(file)), copy.ToArray());
    }
}
