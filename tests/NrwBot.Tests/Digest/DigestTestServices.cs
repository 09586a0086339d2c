using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Language;
using NrwBot.Tests.Places;

namespace NrwBot.Tests.Digest;

/// <summary>The digest service over fixture data, with the shipped knowledge base and the offline redaction.</summary>
internal static class DigestTestServices
{
    private static readonly Lazy<IKnowledgeSource> Knowledge = new(() =>
        new FixedKnowledgeSource(KnowledgeSnapshot.Build(KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "content", "knowledge")).Base, new KnowledgeOptions())));

    public static KnowledgeBase KnowledgeBase => Knowledge.Value.Current.Base;

    public static DigestService Service(DigestInput input) =>
        new(new FixedDigestSource(input), new OfflineLanguageAnalyzer(TestPlaces.Catalog), Knowledge.Value, DigestFixture.Berlin);

    public static Task<DigestReport> Week47Async(string? region = null, DigestInput? input = null) =>
        Service(input ?? DigestFixture.Input).BuildAsync(new DigestQuery(DigestFixture.Week47) { Region = region }, DigestFixture.Monday, CancellationToken.None);
}
