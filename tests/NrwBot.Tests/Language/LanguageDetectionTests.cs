using NrwBot.Dialogs.Language;

namespace NrwBot.Tests.Language;

public class LanguageDetectionTests
{
    [Theory]
    [InlineData("Wir brauchen Unterstützung bei der Bestandsanalyse im Kreis Düren.")]
    [InlineData("Fachliche Beratung")]
    [InlineData("Nachhaltigkeit")]
    [InlineData("Einarbeitung & „Sicherheit“ für die Fachkraftstellen")]
    [InlineData("Gibt es einen Referentenpool?")]
    [InlineData("Vernetzung auf überregionaler Ebene")]
    [InlineData("Können Sie uns bei der Pressemitteilung helfen? Danke!")]
    [InlineData("ich komm nicht in den teams kanal rein")]
    public void German_texts_are_german(string text) => Assert.Equal(LanguageCodes.German, LanguageDetector.Detect(text).Code);

    [Theory]
    [InlineData("We need support with networking between the local offices.")]
    [InlineData("Could you help us find a speaker for our democracy conference?")]
    [InlineData("Is there a contact list of the other coordinators?")]
    [InlineData("training for new staff")]
    [InlineData("Thank you for your help with the funding guidelines")]
    public void English_texts_are_english(string text) => Assert.Equal(LanguageCodes.English, LanguageDetector.Detect(text).Code);

    [Theory]
    [InlineData("Nous avons besoin d'une formation pour notre équipe.")]
    [InlineData("Necesitamos ayuda con la red de contactos en nuestra ciudad.")]
    [InlineData("Bölgemizdeki diğer belediyelerle iletişim kurmak istiyoruz.")]
    [InlineData("Potrzebujemy pomocy przy organizacji szkolenia dla zespołu.")]
    [InlineData("Нам нужна помощь с обучением сотрудников.")]
    [InlineData("نحتاج إلى مساعدة في التدريب")]
    [InlineData("12345 !!! ???")]
    public void Other_languages_and_no_language_are_other(string text) => Assert.Equal(LanguageCodes.Other, LanguageDetector.Detect(text).Code);

    [Fact]
    public void Longer_texts_are_detected_with_more_confidence_than_single_words()
    {
        var word = LanguageDetector.Detect("Vernetzung");
        var sentence = LanguageDetector.Detect("Wir würden uns gern mit den anderen Kreisen im Regierungsbezirk austauschen und vernetzen.");

        Assert.Equal(LanguageCodes.German, sentence.Code);
        Assert.True(sentence.Confidence > word.Confidence, $"{sentence.Confidence} <= {word.Confidence}");
        Assert.InRange(sentence.Confidence, 0.9, 1.0);
    }
}
