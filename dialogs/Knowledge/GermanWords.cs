using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The words the search ignores: Lucene's German stop words, the same written with ae/oe/ue/ss (people type
/// "fuer"), English stop words (some colleagues ask in English), and words every question may contain that
/// say nothing about the topic ("eigentlich", "Tipps", "brauche"). Unknown words count against a match,
/// so these must not.
/// </summary>
internal static class GermanWords
{
    private static readonly string[] Filler =
    [
        "eigentlich", "überhaupt", "bitte", "mal", "denn", "doch", "ja", "nein", "halt", "eben", "genau", "gerade",
        "schon", "noch", "gibt", "gibts", "gibt's", "geht", "gehts", "geht's", "brauche", "brauch", "brauchen", "braucht", "muss", "müssen",
        "musst", "kann", "kannst", "darf", "dürfen", "soll", "sollen", "sollte", "sollten", "möchte", "möchten",
        "hätte", "wer", "wen", "wem", "wie", "was", "wo", "wann", "warum", "wieso", "weshalb", "woher", "wohin",
        "welche", "welcher", "welches", "welchen", "jemand", "irgendwie", "tipp", "tipps", "frage", "fragen",
        "info", "infos", "hallo", "hi", "hey", "bzw", "usw", "z", "b", "eigentliche", "einfach",
        "how", "what", "when", "where", "who", "whom", "why", "which", "do", "does", "did", "can", "could",
        "should", "would", "i", "we", "you", "my", "our", "me", "us", "your", "here", "about", "please", "hello",
        "has", "have", "any", "from", "all", "it's", "is", "am",
        // Frequent verbs, adjectives and adverbs of everyday German (and English) that carry no topic.
        "mache", "macht", "gemacht", "tun", "tue", "tut", "kriegen", "kriege", "kriegt", "bekommen", "bekomme",
        "bekommt", "gehen", "gehe", "sagen", "sage", "sagt", "wissen", "weiß",
        "finden", "finde", "findet", "erklären", "erklärt",
        "erkläre", "helfen", "hilft", "klappen", "klappt", "läuft", "laufen", "heißt", "bedeutet", "stimmt",
        "gut", "gute", "guten", "besser", "beste", "schlecht", "kurz", "kurze", "genau", "richtig", "falsch",
        "wichtig", "möglich", "schnell", "immer", "wieder", "jetzt", "heute", "bald", "wirklich", "ganz", "viele",
        "wenig", "wenige", "mehr", "weniger", "rein", "raus", "drin", "dran", "drauf", "okay", "ok", "nochmal",
        "get", "got", "make", "know", "tell", "explain", "work", "works", "good", "best", "better", "really",
        "beachten", "beachte", "beachtet", "achten", "berücksichtigen", "machen", "vorgehen", "gehe", "vor",
    ];

    public static CharArraySet StopWords { get; } = Build();

    private static CharArraySet Build()
    {
        var words = new List<string>();
        foreach (var word in GermanAnalyzer.DefaultStopSet.Concat(StandardAnalyzer.STOP_WORDS_SET).Concat(Filler))
        {
            var text = word.ToString() ?? "";
            words.Add(text);
            words.Add(GermanText.Fold(text));
        }
        return new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: false).AsReadOnly();
    }
}
