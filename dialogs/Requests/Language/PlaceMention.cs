namespace NrwBot.Dialogs.Requests.Language;

/// <summary>
/// A place of NRW named in a text: the words as written, where they stand, and the region (Kreis or kreisfreie
/// Stadt) they resolve to; <see cref="Gemeinde"/> is set when the words name a municipality of that region.
/// </summary>
public sealed record PlaceMention(string Text, int Offset, int Length, string Region, string? Gemeinde = null);
