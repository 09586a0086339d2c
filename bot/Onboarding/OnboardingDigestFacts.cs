using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Onboarding;

namespace NrwBot.Host.Onboarding;

/// <summary>The onboarding numbers for the digest: started, finished and stuck in the period (numbers only).</summary>
public sealed class OnboardingDigestFacts(IOnboardingStore store, IOptions<OnboardingOptions> options) : IDigestOnboardingFacts
{
    public async Task<DigestOnboarding> CountsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var figures = await store.FiguresAsync(from, to, TimeSpan.FromDays(options.Value.StuckAfterDays), cancellationToken);
        return new DigestOnboarding(figures.Started, figures.Finished, figures.Stuck);
    }
}
