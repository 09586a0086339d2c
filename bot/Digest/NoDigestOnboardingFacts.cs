using NrwBot.Dialogs.Digest;

namespace NrwBot.Host.Digest;

/// <summary>Zeros until the onboarding feature registers its own <see cref="IDigestOnboardingFacts"/>.</summary>
public sealed class NoDigestOnboardingFacts : IDigestOnboardingFacts
{
    public Task<DigestOnboarding> CountsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult(DigestOnboarding.None);
}
