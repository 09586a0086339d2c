namespace NrwBot.Manifest;

/// <summary>An id that is missing (<see cref="Value"/> null) or not a GUID, with where it could have come from.</summary>
public sealed record IdProblem((string German, string English) Name, string Option, string Variable, string? Value);
