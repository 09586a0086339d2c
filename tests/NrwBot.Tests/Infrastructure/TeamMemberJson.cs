namespace NrwBot.Tests.Infrastructure;

/// <summary>A member of the LKS team as the fake Teams roster lists them.</summary>
public sealed record TeamMemberJson(string Id, string Name, string AadObjectId);
