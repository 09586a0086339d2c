namespace NrwBot.Dialogs.Language;

/// <summary>
/// Function words per language (lower case, as written). They carry the language signal of short texts and are
/// what key phrases and category scoring must ignore.
/// </summary>
public static class StopWords
{
    public static readonly IReadOnlySet<string> German = Set(
        "der die das den dem des ein eine einen einem einer eines und oder aber auch noch schon nicht kein keine keinen " +
        "ist sind war waren wird werden wurde wäre sein hat haben hatte hätte gibt gab kann können könnte könnten muss " +
        "müssen soll sollen sollte darf dürfen möchte möchten will wollen würde würden mag brauche brauchen bräuchten " +
        "ich du er sie es wir ihr mich mir uns euch ihnen sich mein meine meinen meinem unser unsere unseren unserem " +
        "ihre ihren ihrem dein deine man was wer wie wo wann warum welche welcher welches wofür womit " +
        "in im ins an am auf aus bei beim mit nach von vom vor zu zum zur für über unter um durch gegen ohne bis seit " +
        "zwischen hier dort da dass weil wenn ob als so sehr nur mehr viel viele etwas alle allen jetzt immer bitte " +
        "gern gerne ja nein doch dann denn diese dieser dieses diesen diesem jede jeder jedes einmal wieder ganz " +
        "hallo danke liebe lieber guten tag grüße");

    public static readonly IReadOnlySet<string> English = Set(
        "the a an and or but not no is are was were be been being have has had do does did will would can could " +
        "should shall may might must i you he she it we they me him her us them my your our their this that these " +
        "those what who which where when why how in on at of to for from with by about into over under as if so " +
        "there here please need needs help thanks hello any some all between within among through after before also like get");

    public static readonly IReadOnlySet<string> French = Set(
        "le la les un une des et ou mais ne pas est sont je tu il elle nous vous ils elles du de au aux pour avec " +
        "dans sur que qui quoi ce cette ces mon ma mes notre votre bonjour merci");

    public static readonly IReadOnlySet<string> Spanish = Set(
        "el la los las un una unos y o pero no es son yo tu él ella nosotros ustedes del al para con en sobre que " +
        "quien este esta estos mi mis nuestro hola gracias por");

    public static readonly IReadOnlySet<string> Italian = Set(
        "il lo la gli le un una e o ma non è sono io tu lui lei noi voi loro del della dei per con su che chi " +
        "questo questa mio mia nostro ciao grazie");

    public static readonly IReadOnlySet<string> Dutch = Set(
        "de het een en of maar niet is zijn ik jij hij zij wij jullie van voor met op aan uit dat wie wat dit " +
        "deze mijn onze hallo bedankt graag");

    public static readonly IReadOnlySet<string> Turkish = Set(
        "ve veya ama değil bir bu şu o ben sen biz siz onlar için ile gibi ne kim nasıl merhaba teşekkürler " +
        "lütfen evet hayır çok daha");

    public static readonly IReadOnlySet<string> Polish = Set(
        "i lub ale nie jest są ja ty on ona my wy oni w z na do od dla że co kto jak ten ta to mój moja nasz " +
        "dzień dobry dziękuję proszę");

    public static bool IsGerman(string word) => German.Contains(word.ToLowerInvariant());

    public static bool IsEnglish(string word) => English.Contains(word.ToLowerInvariant());

    private static HashSet<string> Set(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
