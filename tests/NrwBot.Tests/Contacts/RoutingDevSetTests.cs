using System.Text.Json;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;
using NrwBot.Tests.Places;
using Xunit.Abstractions;

namespace NrwBot.Tests.Contacts;

/// <summary>
/// Runs tests/data/routing-dev.jsonl through the real reader (patterns in route order, places, topics,
/// profile). An utterance counts as right when intent, target region (or the ambiguous candidates) and
/// topic all match what the file expects; a missing expectation means "none".
/// </summary>
public class RoutingDevSetTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    private sealed record Utterance(string Text, string Intent, string? Region, string? Topic, string? Profile, string[]? Ambiguous);

    [Fact]
    public void RoutingDevSet_resolves_at_least_95_percent_to_the_right_region_and_topic()
    {
        var utterances = Load();
        var reader = TestContacts.Reader;
        var failures = utterances.Select(utterance => (utterance, problem: Check(reader, utterance))).Where(result => result.problem is not null).ToList();
        var score = 1.0 - (double)failures.Count / utterances.Count;

        output.WriteLine($"routing-dev: {utterances.Count - failures.Count}/{utterances.Count} right ({score:P1})");
        foreach (var (utterance, problem) in failures) output.WriteLine($"  ✗ {utterance.Text}: {problem}");

        Assert.True(utterances.Count >= 80, $"only {utterances.Count} utterances");
        Assert.True(score >= Target, $"{score:P1} < {Target:P0}: " + string.Join("; ", failures.Select(failure => failure.utterance.Text + " → " + failure.problem)));
    }

    [Fact]
    public void RoutingDevSet_covers_every_regierungsbezirk_variants_typos_and_topics()
    {
        var utterances = Load();
        var bezirke = utterances.Where(utterance => utterance.Region is not null)
            .Select(utterance => TestPlaces.Catalog.ByName(utterance.Region!)?.Regierungsbezirk ?? utterance.Region!.Replace("Regierungsbezirk ", ""))
            .ToHashSet();
        Assert.Superset(new HashSet<string>(TestPlaces.Catalog.Regierungsbezirke), bezirke);
        Assert.True(utterances.Count(utterance => utterance.Topic is not null) >= 10);
        Assert.True(utterances.Count(utterance => utterance.Ambiguous is not null) >= 2);
        Assert.True(utterances.Count(utterance => TestPlaces.Finder.Recognize(utterance.Text) is { IsApproximate: true }) >= 5);
    }

    private static string? Check(ContactRequestReader reader, Utterance utterance)
    {
        var profile = utterance.Profile is null ? null : new UserProfile(utterance.Profile, ProfileRoles.Fachkraft);
        var request = reader.Read(utterance.Text, profile);
        if (request is null) return "no contact intent";
        if (request.Intent.ToString() != utterance.Intent) return $"intent {request.Intent}";
        if (utterance.Ambiguous is not null)
        {
            var candidates = request.PlaceInText?.Candidates.Select(place => place.Region?.Name ?? place.Name).Order().ToList() ?? [];
            return candidates.SequenceEqual(utterance.Ambiguous.Order()) ? null : $"candidates {string.Join(", ", candidates)}";
        }
        var region = RegionName(request.Target);
        if (region != utterance.Region) return $"region {region ?? "none"}";
        if (request.Topic?.Id != utterance.Topic) return $"topic {request.Topic?.Id ?? "none"}";
        return null;
    }

    private static string? RegionName(Place? place) => place?.Region?.Name ?? place?.Name;

    private static List<Utterance> Load()
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return File.ReadLines(Path.Combine(RepositoryRoot(), "tests", "data", "routing-dev.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<Utterance>(line, options)!)
            .ToList();
    }

    // The lead may copy tests/data next to the binaries later; until then the file is found from the solution folder.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NrwBot.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException("NrwBot.sln not found above " + AppContext.BaseDirectory);
    }
}
