namespace NrwBot.Dialogs.Profile;

/// <summary>The little the bot needs to route and pre-fill: where the user works and in which role.</summary>
public sealed record UserProfile(string Region, string Role);
