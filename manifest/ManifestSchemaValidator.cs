using System.Text.Json;
using Json.Schema;

namespace NrwBot.Manifest;

/// <summary>Validates a manifest or localization file against the published Teams JSON schema, offline.</summary>
public sealed class ManifestSchemaValidator
{
    public const string ManifestSchemaFile = "MicrosoftTeams.schema.json";
    public const string LocalizationSchemaFile = "MicrosoftTeams.Localization.schema.json";

    // JsonSchema.Net 8 has no draft-04 dialect, and the Teams schemas are draft-04 in name only: they use `const`
    // (draft-06) and `if`/`then` (draft-07) and none of draft-04's own forms (`id`, boolean `exclusiveMaximum`).
    // So the draft-07 keyword set is registered under the draft-04 URI. Siblings of `$ref` are evaluated (draft-04
    // would ignore them): the localization schema puts its length limits there, and Teams enforces those limits.
    private static readonly Dialect Draft04AsTeamsUsesIt =
        Dialect.Draft07.With([], new Uri("http://json-schema.org/draft-04/schema#"), refIgnoresSiblingKeywords: false, allowUnknownKeywords: true);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly JsonSchema _schema;

    private ManifestSchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>The schema copy embedded in this tool (built from tests/data/schemas, the repository's one offline copy).</summary>
    public static ManifestSchemaValidator FromEmbedded(string schemaFileName)
    {
        using var stream = typeof(ManifestSchemaValidator).Assembly.GetManifestResourceStream(schemaFileName)
            ?? throw new InvalidOperationException($"Schema {schemaFileName} is not embedded in {typeof(ManifestSchemaValidator).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return FromText(reader.ReadToEnd(), schemaFileName);
    }

    public static ManifestSchemaValidator FromFile(string path) => FromText(File.ReadAllText(path), Path.GetFileName(path));

    private static ManifestSchemaValidator FromText(string schemaText, string name)
    {
        var dialects = new DialectRegistry();
        dialects.Register(Draft04AsTeamsUsesIt);
        // A private registry and base URI per instance: both schemas lack an $id, and the global registry would
        // otherwise see two different documents under the same generated URI.
        var options = new BuildOptions { Dialect = Draft04AsTeamsUsesIt, DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
        return new ManifestSchemaValidator(JsonSchema.FromText(schemaText, options, new Uri($"https://nrwbot.invalid/schemas/{Guid.NewGuid():N}/{name}")));
    }

    /// <summary>Every violation as "instance location: message"; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement document)
    {
        var results = _schema.Evaluate(document, Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        var problems = (results.Details ?? [])
            .Append(results)
            .Where(node => node.Errors is { Count: > 0 })
            .SelectMany(node => node.Errors!.Select(error => $"{Location(node)}: {error.Value}"))
            .Distinct()
            .ToList();
        return problems.Count > 0 ? problems : ["(root): does not match the schema"];
    }

    private static string Location(EvaluationResults node)
    {
        var pointer = node.InstanceLocation.ToString();
        return pointer.Length == 0 ? "(root)" : pointer;
    }
}
