using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Language;
using NrwBot.Tests.Contacts;

namespace NrwBot.Tests.Places;

/// <summary>
/// Contacts (and the intake's region proposal, which reads through the same finder) and the language analysis
/// behind intake, digest and classifier read one sentence the same way: one matching core, one list of place
/// names that are also everyday words ("Essen", "Siegen", "Werne", "Rees").
/// </summary>
public class OnePlaceReadingTests
{
    [Theory]
    [InlineData("Das Essen in Siegen war gut, wer ist dort Ansprechpartner?", "Kreis Siegen-Wittgenstein")]
    [InlineData("Senden Sie mir bitte den Kontakt in der Stadt Werne", "Kreis Unna")]
    [InlineData("Wer ist Ansprechpartner in Rees?", "Kreis Kleve")]
    [InlineData("Wir brauchen Hilfe für Geflüchtete in Mülheim an der Ruhr", "Mülheim an der Ruhr")]
    public void Contacts_and_the_language_analysis_find_the_same_single_place(string sentence, string region)
    {
        var contacts = TestContacts.Reader.Read(ContactIntent.PlaceContact, sentence, null);
        var analysis = new OfflineLanguageAnalyzer(TestPlaces.Catalog).Analyze(sentence, AnalysisSource.Offline);

        Assert.Equal(region, contacts.PlaceInText?.Place?.Region?.Name);
        Assert.Equal(region, Assert.Single(analysis.Places).Region);
    }

    [Theory]
    [InlineData("Das Essen war gut und die Lage ist ruhig.")]
    [InlineData("Wir werden siegen, sagt das Team.")]
    public void Everyday_words_are_no_place_for_either(string sentence)
    {
        var contacts = TestContacts.Reader.Read(ContactIntent.PlaceContact, sentence, null);
        var analysis = new OfflineLanguageAnalyzer(TestPlaces.Catalog).Analyze(sentence, AnalysisSource.Offline);

        Assert.Null(contacts.PlaceInText);
        Assert.Empty(analysis.Places);
    }
}
