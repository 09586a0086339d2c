namespace NrwBot.Dialogs.Digest;

/// <summary>Onboarding counts for the digest, provided by the onboarding feature: started and finished between the two instants, stuck now.</summary>
public interface IDigestOnboardingFacts
{
    Task<DigestOnboarding> CountsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
