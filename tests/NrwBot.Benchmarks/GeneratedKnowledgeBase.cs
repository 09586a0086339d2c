using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Content;

namespace NrwBot.Benchmarks;

/// <summary>
/// A knowledge base of any size, generated deterministically from the words of the real one: each article gets
/// a title of four words, three questions, tags and a body of about 180 words, with the real synonym groups.
/// </summary>
public static class GeneratedKnowledgeBase
{
    public static string ContentFolder => Path.Combine(AppContext.BaseDirectory, "content", "knowledge");

    public static KnowledgeBase Create(int articles, int seed = 42)
    {
        var real = KnowledgeLoader.Load(ContentFolder).Base;
        var words = real.Articles.SelectMany(article => (article.Title + " " + article.PlainBody).Split(' ', '\n', ',', '.', ':', '(', ')', '„', '“'))
            .Where(word => word.Length > 3 && word.All(char.IsLetter)).Distinct().ToArray();
        var random = new Random(seed);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        var generated = Enumerable.Range(1, articles).Select(number => new KnowledgeArticle
        {
            Id = $"artikel-{number:0000}",
            Title = Words(4),
            Questions = [Words(6) + "?", Words(5) + "?", Words(7) + "?"],
            Tags = [Words(1), Words(1), Words(1)],
            Source = "Generiert",
            Reviewed = new DateOnly(2026, 11, 1),
            Status = ContentStatus.Beispiel,
            Body = Words(180),
            PlainBody = Words(180),
        }).ToList();
        return new KnowledgeBase(generated, real.Synonyms);
    }

    /// <summary>Questions like staff type them (the dev set's style), plus titles of generated articles.</summary>
    public static IReadOnlyList<string> Questions(KnowledgeBase knowledgeBase) =>
    [
        "Wann ist der Verwendungsnachweis fällig?", "VN Frist?", "Bescheid oder Vertrag?", "Abgrenzung DL",
        "Verwendungsnachweisfrist", "Fördermittelweitergabe an Verein", "Handlungskonzpet erstellen", "wer gehört in die SG",
        "logos flyer", "was ist förderfähig", "Wie ist das Wetter in Köln?", "how do we apply for funding",
        .. knowledgeBase.Articles.Take(20).Select(article => article.Title),
    ];
}
