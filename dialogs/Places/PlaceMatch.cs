namespace NrwBot.Dialogs.Places;

/// <summary>
/// What a name or a text was resolved to: one place, or several when the name is truly ambiguous.
/// <see cref="MatchedText"/> is the part of the text that named it; <see cref="IsApproximate"/> is true for a typo match.
/// <see cref="Offset"/> and <see cref="Length"/> say where in the text it stands (a "Kreis"/"Stadt" before it included).
/// </summary>
public sealed record PlaceMatch(IReadOnlyList<Place> Candidates, string MatchedText, bool IsApproximate)
{
    public int Offset { get; init; }

    public int Length { get; init; }

    public bool IsUnique => Candidates.Count == 1;
    public bool IsAmbiguous => Candidates.Count > 1;
    public Place? Place => IsUnique ? Candidates[0] : null;
}
