namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Everything a digest is built from, as <see cref="IDigestDataSource"/> delivers it for a period. The builder
/// filters by date itself, so a source may deliver more than the period (see the interface for what it must hold).
/// </summary>
public sealed record DigestInput(
    IReadOnlyList<DigestRequest> Requests,
    IReadOnlyList<DigestQuestion> Questions,
    IReadOnlyList<DigestArticle> ExpiredArticles,
    DigestOnboarding Onboarding)
{
    public static readonly DigestInput Empty = new([], [], [], DigestOnboarding.None);
}
