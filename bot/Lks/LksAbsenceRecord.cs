namespace NrwBot.Host.Lks;

/// <summary>An LKS member's absence with their substitute (table lks_absences); one row per member, removed by „Wieder da“.</summary>
public sealed class LksAbsenceRecord
{
    public string MemberKey { get; set; } = "";
    public string MemberName { get; set; } = "";

    /// <summary>The last day of the absence (Berlin calendar); from the day after it the row no longer counts.</summary>
    public DateOnly Until { get; set; }

    public string SubstituteKey { get; set; } = "";
    public string SubstituteName { get; set; } = "";

    /// <summary>Who set it: the member, or the LKS lead.</summary>
    public string SetByKey { get; set; } = "";

    public DateTimeOffset SetAt { get; set; }
}
