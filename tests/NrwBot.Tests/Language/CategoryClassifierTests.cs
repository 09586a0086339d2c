using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Tests.Language;

public class CategoryClassifierTests
{
    private static readonly CategoryCatalog Catalog = CategoryCatalog.Parse("""
        categories:
          - id: fortbildung
            title: Fortbildung
            description: Fortbildungen
            keywords: [Fortbildung, Schulung]
          - id: foerderung
            title: Förderung
            description: Geld
            keywords: [Finanzierung, Kosten, Förderung]
          - id: nachhaltigkeit
            title: Nachhaltigkeit
            description: Fortführung
            keywords: [Anschlussfinanzierung, Förderung endet]
          - id: sonstiges
            title: Sonstiges
            description: Rest
            fallback: true
            keywords: [Kommunikation]
        """, "test.yml");

    private static readonly CategoryClassifier Classifier = new(Catalog);

    [Theory]
    [InlineData("Fortbildungsveranstaltung für das Team", "fortbildung")]
    [InlineData("Schulungen für Ehrenamtliche", "fortbildung")]
    [InlineData("Dürfen wir Personalkosten abrechnen?", "foerderung")]
    public void Keywords_match_inflected_and_inside_compounds(string text, string expected) =>
        Assert.Equal(expected, Classifier.Propose(text).Category.Id);

    [Fact]
    public void The_longest_keyword_claims_a_word()
    {
        Assert.Equal("nachhaltigkeit", Classifier.Propose("Anschlussfinanzierung für die Werkstatt").Category.Id);
    }

    [Fact]
    public void Keywords_of_several_words_may_have_numbers_between_them()
    {
        Assert.Equal("nachhaltigkeit", Classifier.Propose("Was passiert, wenn die Förderung 2027 endet?").Category.Id);
    }

    [Fact]
    public void Without_any_keyword_the_fallback_is_proposed_with_no_confidence()
    {
        var proposal = Classifier.Propose("Zusammenhang Geflüchtete + Rassismus");

        Assert.Equal(("sonstiges", 0.0), (proposal.Category.Id, proposal.Confidence));
    }

    [Fact]
    public void Confidence_is_higher_for_a_clear_text_than_for_a_mixed_one()
    {
        var clear = Classifier.Propose("Fortbildung und Schulung für neue Fachkräfte");
        var mixed = Classifier.Propose("Fortbildung zu Kosten und Finanzierung");

        Assert.InRange(clear.Confidence, 0, 1);
        Assert.InRange(mixed.Confidence, 0, 1);
        Assert.True(clear.Confidence > mixed.Confidence, $"{clear.Confidence} <= {mixed.Confidence}");
    }
}
