namespace NrwBot.Dialogs.Conversation;

/// <summary>The user's sign-in name and e-mail from the Teams roster: they link a bot user to the contact directory.</summary>
public sealed record RosterEntry(string? SignInName, string? Email);
