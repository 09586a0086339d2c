using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Lks;

/// <summary>An LKS member away until <see cref="Until"/> (the last day away, inclusive) and who stands in for them.</summary>
public sealed record LksAbsence(RequestActor Member, DateOnly Until, RequestActor Substitute, string SetByKey, DateTimeOffset SetAt);
