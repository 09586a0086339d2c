namespace NrwBot.Dialogs.Language;

/// <summary>
/// Short everyday texts per language from which <see cref="LanguageDetector"/> learns letter trigrams. Besides German
/// and English, six languages likely among users' other languages give "other" a profile of its own, so a French
/// or Turkish text is not forced into the nearer of German and English.
/// </summary>
internal static class LanguageSamples
{
    public static readonly IReadOnlyDictionary<string, string> ByLanguage = new Dictionary<string, string>
    {
        ["de"] = "Wir brauchen Unterstützung bei der Vernetzung mit anderen Kommunen in unserer Region. Die Fachkräfte " +
                 "wünschen sich Fortbildungen, eine Beratung bei schwierigen Fragen und einen regelmäßigen Austausch. " +
                 "Können Sie uns sagen, welche Formulare für den Verwendungsnachweis gelten und wann der Bescheid kommt? " +
                 "Die Steuerungsgruppe trifft sich nächste Woche im Rathaus, danach schreiben wir das Handlungskonzept. " +
                 "Ich bin neu in der Stelle und möchte mich gut einarbeiten. Gibt es eine Übersicht über die Ansprechpartner? " +
                 "Vielen Dank für Ihre schnelle Hilfe, das Gespräch war sehr hilfreich und wir freuen uns auf die Zusammenarbeit. " +
                 "Zwischen den Sitzungen gibt es leider kaum Zeit, deshalb wäre eine kurze Rückmeldung schön. Für die " +
                 "Öffentlichkeitsarbeit suchen wir noch eine Möglichkeit, unsere Ergebnisse nachhaltig zu sichern.",
        ["en"] = "We need support with networking between the local offices in our region. The staff would like training, " +
                 "advice on difficult questions and a regular exchange with colleagues. Could you tell us which forms apply " +
                 "to the final report and when the funding decision will arrive? The steering group meets next week at the " +
                 "town hall, and afterwards we will write the action plan. I am new in this position and would like to get " +
                 "started properly. Is there an overview of the contact persons? Thank you very much for your quick help, the " +
                 "conversation was very useful and we are looking forward to working together. There is hardly any time " +
                 "between the meetings, so a short reply would be nice. For our public relations we are still looking for a " +
                 "way to keep the results available.",
        ["fr"] = "Nous avons besoin d'aide pour la mise en réseau avec les autres communes de notre région. Les équipes " +
                 "souhaitent des formations, des conseils sur les questions difficiles et un échange régulier. Pouvez-vous " +
                 "nous dire quels formulaires sont valables et quand la décision arrivera? Je suis nouvelle dans ce poste et " +
                 "je voudrais bien commencer. Merci beaucoup pour votre aide rapide, la conversation était très utile.",
        ["es"] = "Necesitamos apoyo para la cooperación con los otros municipios de nuestra región. El equipo quiere " +
                 "formación, consejos sobre preguntas difíciles y un intercambio regular. ¿Puede decirnos qué formularios " +
                 "son válidos y cuándo llegará la decisión? Soy nueva en este puesto y quiero empezar bien. Muchas gracias " +
                 "por su ayuda rápida, la conversación fue muy útil.",
        ["it"] = "Abbiamo bisogno di sostegno per la collaborazione con gli altri comuni della nostra regione. Il gruppo " +
                 "vorrebbe formazione, consigli su domande difficili e uno scambio regolare. Può dirci quali moduli sono " +
                 "validi e quando arriverà la decisione? Sono nuova in questo ruolo e vorrei cominciare bene. Grazie mille " +
                 "per il vostro aiuto veloce, la conversazione è stata molto utile.",
        ["nl"] = "Wij hebben steun nodig bij het netwerken met andere gemeenten in onze regio. Het team wil graag " +
                 "trainingen, advies bij moeilijke vragen en een regelmatige uitwisseling. Kunt u ons zeggen welke " +
                 "formulieren gelden en wanneer het besluit komt? Ik ben nieuw in deze functie en wil goed beginnen. " +
                 "Hartelijk bedankt voor uw snelle hulp, het gesprek was erg nuttig.",
        ["tr"] = "Bölgemizdeki diğer belediyelerle ağ kurmak için desteğe ihtiyacımız var. Ekibimiz eğitim, zor sorular " +
                 "hakkında danışmanlık ve düzenli bir fikir alışverişi istiyor. Hangi formların geçerli olduğunu ve kararın " +
                 "ne zaman geleceğini söyleyebilir misiniz? Bu görevde yeniyim ve iyi bir başlangıç yapmak istiyorum. Hızlı " +
                 "yardımınız için çok teşekkürler, görüşme çok faydalıydı.",
        ["pl"] = "Potrzebujemy wsparcia we współpracy z innymi gminami w naszym regionie. Zespół chciałby szkoleń, porad " +
                 "w trudnych sprawach i regularnej wymiany doświadczeń. Czy może nam pan powiedzieć, które formularze są " +
                 "ważne i kiedy przyjdzie decyzja? Jestem nowa na tym stanowisku i chcę dobrze zacząć. Dziękuję bardzo za " +
                 "szybką pomoc, rozmowa była bardzo przydatna.",
    };

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> StopWordsByLanguage = new Dictionary<string, IReadOnlySet<string>>
    {
        ["de"] = StopWords.German,
        ["en"] = StopWords.English,
        ["fr"] = StopWords.French,
        ["es"] = StopWords.Spanish,
        ["it"] = StopWords.Italian,
        ["nl"] = StopWords.Dutch,
        ["tr"] = StopWords.Turkish,
        ["pl"] = StopWords.Polish,
    };
}
