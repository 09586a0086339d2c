using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Pool;

/// <summary>
/// The Kompetenzpool as a source of the peers list: the visible profiles whose topic or words meet the question,
/// nearest to the asker first, then by how much they meet. A pool that cannot be reached gives no one rather than
/// breaking the directory's answer. Profiles are stemmed once per wording (<see cref="ProfileTerms"/>), not on every question.
/// </summary>
public sealed class PoolSearch(ICompetencePoolStore store, PoolCards cards, IRegionDirectory regions, PoolOptions options, TimeProvider clock) : IPeerSource
{
    private const int TopicWeight = 3;

    // The profiles' stems between searches (keyed by their text, so never stale; see ProfileTerms).
    private readonly ProfileTerms _terms = new();

    public async Task<IReadOnlyList<NetworkPeer>> FindAsync(PeerQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<CompetenceProfile> profiles;
        try
        {
            profiles = await store.VisibleAsync(clock.GetUtcNow().AddMonths(-options.ConfirmAfterMonths), cancellationToken);
        }
        catch (PoolStoreException)
        {
            return [];
        }
        var asked = CompetenceTerms.Of(query.Text);
        var known = _terms.Of(profiles.Select(SearchableText).ToList());
        return profiles
            .Select((profile, index) => (Profile: profile, Score: Score(profile, query.Topic, asked, known[index])))
            .Where(entry => entry.Score > 0)
            .Select(entry => (entry.Profile, entry.Score, Region: regions.ByName(entry.Profile.Region)))
            .Select(entry => (entry.Profile, entry.Score, entry.Region, Nearness: query.Home is { } home && entry.Region is { } region
                ? ContactDirectory.NearnessOf(region, region.Regierungsbezirk, home) : (Nearness?)null))
            .OrderBy(entry => entry.Nearness ?? Nearness.ElsewhereInNrw)
            .ThenByDescending(entry => entry.Score)
            .ThenBy(entry => entry.Profile.Name, StringComparer.Ordinal)
            .Take(options.MaxResults)
            .Select(entry => new NetworkPeer(SafeText.Escape(entry.Profile.Name), SafeText.Escape(entry.Profile.Region), entry.Region?.Regierungsbezirk ?? "",
                entry.Nearness, cards.Summary(entry.Profile), CardActions.Button(entry.Profile.Name, new ShowPoolProfile(entry.Profile.PublicId)))
            {
                Email = entry.Profile.Email,
            })
            .ToList();
    }

    private static int Score(CompetenceProfile profile, Contacts.Topic? topic, IReadOnlyList<string> asked, IReadOnlyList<string> known)
    {
        var score = topic is not null && profile.TopicIds.Contains(topic.Id) ? TopicWeight : 0;
        return score + CompetenceTerms.Overlap(asked, known);
    }

    /// <summary>What a profile is found by: its topics' names, tags, methods and languages.</summary>
    private string SearchableText(CompetenceProfile profile) =>
        string.Join(" ", cards.TopicNames(profile).Concat(profile.Tags).Append(profile.Methods).Append(profile.Languages));
}
