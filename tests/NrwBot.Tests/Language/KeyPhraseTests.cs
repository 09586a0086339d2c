using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;

namespace NrwBot.Tests.Language;

public class KeyPhraseTests
{
    private static IReadOnlyList<string> Phrases(string text, string language = LanguageCodes.German) =>
        KeyPhraseExtractor.Extract(text, language, PiiRecognizer.Recognize(text));

    [Fact]
    public void German_phrases_are_nouns_with_their_adjectives()
    {
        Assert.Equal(["regionale Vernetzung", "Fachkräfte", "Adressenliste"], Phrases("Wir wünschen uns regionale Vernetzung der Fachkräfte → Adressenliste"));
    }

    [Fact]
    public void Verbs_and_function_words_are_left_out()
    {
        Assert.Equal(["Fortbildung", "Umgang", "rechtsextremen Sprüchen", "Jugendzentrum"],
            Phrases("Wir bräuchten eine Fortbildung zum Umgang mit rechtsextremen Sprüchen im Jugendzentrum."));
    }

    [Fact]
    public void Personal_data_never_becomes_a_key_phrase()
    {
        var phrases = Phrases("Frau Müller bittet um Rückruf zur Pressemitteilung, E-Mail anna.mueller@kreis-dueren.de");

        Assert.Contains("Pressemitteilung", phrases);
        Assert.DoesNotContain(phrases, phrase => phrase.Contains("Müller") || phrase.Contains("mueller"));
    }

    [Fact]
    public void Titles_and_places_are_not_key_phrases()
    {
        const string text = "Frau Dr. Weber aus Mülheim an der Ruhr fragt nach einem Referentenpool";
        var places = new PlaceRecognizer(NrwBot.Dialogs.Places.RegionCatalog.Load(TestFiles.Content("places", "nrw-places.json"))).Recognize(text, []);

        Assert.Equal(["Referentenpool"], KeyPhraseExtractor.Extract(text, LanguageCodes.German, PiiRecognizer.Recognize(text), places));
    }

    [Fact]
    public void English_phrases_are_runs_of_content_words()
    {
        Assert.Equal(["support", "networking", "local offices"], Phrases("We need support with networking between the local offices.", LanguageCodes.English));
    }
}
