namespace NrwBot.Dialogs.Places;

/// <summary>
/// What a name or a text was resolved to: one place, or several when the name is truly ambiguous.
/// <see cref="MatchedText"/> is the part of the text that named it; <see cref="IsApproximate"/> is true for a typo match.
/// </summary>
public sealed record PlaceMatch(IReadOnlyList<Place> Candidates, string MatchedText, bool IsApproximate)
{
    public bool IsUnique => Candidates.Count == 1;
    public bool IsAmbiguous => Candidates.Count > 1;
    public Place? Place => IsUnique ? Candidates[0] : null;
}
