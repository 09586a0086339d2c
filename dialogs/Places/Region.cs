namespace NrwBot.Dialogs.Places;

/// <summary>A Kreis (Städteregion Aachen included) or a kreisfreie Stadt of North Rhine-Westphalia.</summary>
public sealed record Region(string Name, RegionKind Kind, string Regierungsbezirk)
{
    public IReadOnlyList<string> Codes { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Gemeinden { get; init; } = [];
}

public enum RegionKind { Kreis, KreisfreieStadt }
