namespace NrwBot.Host.Materials;

/// <summary>One shared material (table <c>materials</c>): metadata and link, never the file; the owner by user key only.</summary>
public sealed class MaterialRecord
{
    public int Id { get; set; }
    public string OwnerKey { get; set; } = "";

    /// <summary>User + draft of the sharing: unique, so a double click or a redelivery stores one material.</summary>
    public string SourceKey { get; set; } = "";

    public string Title { get; set; } = "";
    public int Kind { get; set; }

    /// <summary>Topic ids, separated by "|".</summary>
    public string Topics { get; set; } = "";

    /// <summary>Free tags, separated by "|".</summary>
    public string Tags { get; set; } = "";

    public string Region { get; set; } = "";
    public int Year { get; set; }
    public string Link { get; set; } = "";
    public string Description { get; set; } = "";
    public int Visibility { get; set; }
    public bool Withdrawn { get; set; }

    /// <summary>Instants as Unix milliseconds, so they compare the same way on SQLite and PostgreSQL.</summary>
    public long SharedAt { get; set; }

    public long UpdatedAt { get; set; }
    public long? LinkCheckedAt { get; set; }
    public long? LinkFailingSince { get; set; }

    /// <summary>When the owner was told about the current failing spell; null while nothing is to tell.</summary>
    public long? LinkFlaggedAt { get; set; }
}
