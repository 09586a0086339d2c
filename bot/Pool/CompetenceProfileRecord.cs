namespace NrwBot.Host.Pool;

/// <summary>One person's Kompetenzpool profile (table <c>competence_profiles</c>); lists are kept one item per line.</summary>
public sealed class CompetenceProfileRecord
{
    public string UserKey { get; set; } = "";
    public string PublicId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public string TopicIds { get; set; } = "";
    public string Tags { get; set; } = "";
    public string Methods { get; set; } = "";
    public string Languages { get; set; } = "";
    public int Offers { get; set; }
    public string? Email { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
    public DateTimeOffset? RenewalAskedAt { get; set; }
}
