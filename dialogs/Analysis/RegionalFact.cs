namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// One counted event (a request filed, a question left unanswered, a support need recorded, …): the Kreis or
/// kreisfreie Stadt it belongs to (the catalogue's name; null when it cannot be attributed to one) and its category.
/// </summary>
public sealed record RegionalFact(string? Region, string Category);
