namespace NrwBot.Dialogs.Requests;

/// <summary>The stored request; <see cref="IsNew"/> is false when the same activity had already stored it.</summary>
public sealed record CreatedRequest(SupportRequest Request, bool IsNew);
