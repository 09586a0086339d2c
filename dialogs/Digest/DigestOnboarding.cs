namespace NrwBot.Dialogs.Digest;

/// <summary>Onboarding in numbers only: new users who started, finished, and who have not moved on for a while.</summary>
public sealed record DigestOnboarding(int Started, int Finished, int Stuck)
{
    public static readonly DigestOnboarding None = new(0, 0, 0);
}
