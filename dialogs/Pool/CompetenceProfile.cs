namespace NrwBot.Dialogs.Pool;

/// <summary>
/// One person's entry in the Kompetenzpool: what they can help with, public to the network by their own consent.
/// <see cref="UserKey"/> ties it to the person (never shown); <see cref="PublicId"/> is what cards carry.
/// </summary>
public sealed record CompetenceProfile(string UserKey, string PublicId, string Name, string Region)
{
    /// <summary>Ids of topics of the contacts directory's topic list.</summary>
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    /// <summary>Free tags the person wrote that are not on the topic list.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string Methods { get; init; } = "";
    public string Languages { get; init; } = "";
    public CompetenceOffers Offers { get; init; }
    /// <summary>The address the person gave for requests; in a Microsoft 365 tenant also their Teams sign-in name, so „Chat in Teams“ uses it.</summary>
    public string? Email { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the person last saved or confirmed the profile; after <see cref="PoolOptions.ConfirmAfterMonths"/> it is hidden.</summary>
    public DateTimeOffset ConfirmedAt { get; init; }

    /// <summary>When the person was last asked to confirm (once per period).</summary>
    public DateTimeOffset? RenewalAskedAt { get; init; }
}
