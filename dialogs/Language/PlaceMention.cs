namespace NrwBot.Dialogs.Language;

/// <summary>
/// A place of NRW named in a text: the words as written, where they stand, and the regions (Kreise or kreisfreie
/// Städte) they stand for — one for "Kreis Düren", several for an ambiguous Gemeinde name or an area such as
/// "Münsterland". <see cref="Gemeinde"/> is set when the words name a municipality of a single region.
/// </summary>
public sealed record PlaceMention(string Text, int Offset, int Length, IReadOnlyList<string> Regions, string? Gemeinde = null)
{
    /// <summary>The region when the place names exactly one, otherwise null.</summary>
    public string? Region => Regions.Count == 1 ? Regions[0] : null;

    public bool Overlaps(int offset, int length) => Offset < offset + length && offset < Offset + Length;
}
