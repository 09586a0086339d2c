namespace NrwBot.Dialogs.Materials;

/// <summary>
/// One shared material: what it is and where it lies (a link), never the file itself. The owner is kept as the
/// user key only (no name): the office shown is the Kreis or Stadt, and contact goes through the bot.
/// </summary>
public sealed record Material
{
    public int Id { get; init; }
    public required string OwnerKey { get; init; }
    public required string Title { get; init; }
    public MaterialKind Kind { get; init; }

    /// <summary>Ids of the contact directory's topics.</summary>
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The Kreis or kreisfreie Stadt (the gazetteer's name).</summary>
    public required string Region { get; init; }

    public int Year { get; init; }
    public required string Link { get; init; }
    public string Description { get; init; } = "";
    public MaterialVisibility Visibility { get; init; }
    public DateTimeOffset SharedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public bool Withdrawn { get; init; }

    /// <summary>Since when the periodic check finds the link failing; null while it works.</summary>
    public DateTimeOffset? LinkFailingSince { get; init; }

    public DateTimeOffset? LinkCheckedAt { get; init; }

    /// <summary>Number shown to users („M-7“).</summary>
    public string Number => "M-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A material as stored by <see cref="IMaterialStore.ShareAsync"/>: new, or the one this draft already made (a double click).</summary>
public sealed record SharedMaterial(Material Material, bool IsNew);

/// <summary>How many materials a region shared in a period (for the regional analysis).</summary>
public sealed record RegionMaterialCount(string Region, int Count);
