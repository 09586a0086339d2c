namespace NrwBot.Dialogs.Analysis;

/// <summary>One category of a figure: how often in the area and in NRW as a whole (the area included).</summary>
public sealed record RegionalRow(string Category, int Area, int Nrw);
