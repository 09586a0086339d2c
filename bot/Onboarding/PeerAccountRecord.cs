namespace NrwBot.Host.Onboarding;

/// <summary>
/// Which bot user a person of the contact directory is (table onboarding_peer_accounts). Only directory people
/// are kept, never the sign-in names of other users.
/// </summary>
public sealed class PeerAccountRecord
{
    public required string ContactId { get; set; }
    public required string UserKey { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
}
