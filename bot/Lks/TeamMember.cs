namespace NrwBot.Host.Lks;

/// <summary>A member of the LKS team as the Teams roster lists them.</summary>
public sealed record TeamMember(string Id, string Name, string? AadObjectId);
