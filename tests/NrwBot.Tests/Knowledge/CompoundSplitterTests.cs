using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Tests.Knowledge;

public class CompoundSplitterTests
{
    private static CompoundSplitter Splitter(params string[] words) =>
        new(new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: false));

    [Fact]
    public void A_word_never_seen_splits_into_known_parts_across_a_linking_element()
    {
        var parts = Splitter("sachkost", "umschichtung").Split("sachkostenumschichtung");

        Assert.Contains("sachkost", parts);
        Assert.Contains("umschichtung", parts);
    }

    [Fact]
    public void A_known_compound_also_yields_its_first_part()
    {
        var parts = Splitter("mittelanforderung", "mittel", "anforderung").Split("mittelanforderung");

        Assert.Contains("mittel", parts);
        Assert.Contains("anforderung", parts);
        Assert.DoesNotContain("mittelanforderung", parts);
    }

    [Fact]
    public void Parts_are_split_again_only_when_their_parts_explain_them_fully()
    {
        var parts = Splitter("verwendungsnachweis", "verwendung", "nachweis", "frist", "personal", "person", "kost").Split("verwendungsnachweisfrist");

        Assert.Equal(["verwendungsnachweis", "verwendung", "nachweis", "frist"], parts);
        Assert.DoesNotContain("person", Splitter("personal", "person", "kost").Split("personalkost"));
    }
}
