namespace NrwBot.Dialogs.Places;

/// <summary>A Kreis (Städteregion Aachen included) or a kreisfreie Stadt of North Rhine-Westphalia.</summary>
public sealed record Region(string Name, RegionKind Kind, string Regierungsbezirk)
{
    public IReadOnlyList<string> Codes { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The Gemeinden of a Kreis by their official names; a kreisfreie Stadt lists itself.</summary>
    public IReadOnlyList<string> Gemeinden { get; init; } = [];

    /// <summary>Short forms of Gemeinden, keyed by the official name ("Gronau (Westf.)" → "Gronau").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GemeindeAliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

public enum RegionKind { Kreis, KreisfreieStadt }
