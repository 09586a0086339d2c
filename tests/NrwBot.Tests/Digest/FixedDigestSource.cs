using NrwBot.Dialogs.Digest;

namespace NrwBot.Tests.Digest;

/// <summary>A data source that hands out one fixed input and remembers which periods it was asked for.</summary>
internal sealed class FixedDigestSource(DigestInput input) : IDigestDataSource
{
    public List<DigestPeriod> Asked { get; } = [];

    public Task<DigestInput> LoadAsync(DigestPeriod period, CancellationToken cancellationToken)
    {
        Asked.Add(period);
        return Task.FromResult(input);
    }
}
