using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// Finds the topic a question is about from the topics' keywords: whole words, case- and umlaut-tolerant;
/// longer keywords (5+ letters) also match inflected forms that start with them ("Schule" → "Schulen").
/// </summary>
public sealed class TopicMatcher
{
    private readonly List<(string[] Words, Topic Topic)> _keywords;

    public TopicMatcher(IEnumerable<Topic> topics)
    {
        _keywords = topics
            .SelectMany(topic => topic.Keywords.Select(keyword => (Words: GermanText.FoldedWords(keyword).ToArray(), Topic: topic)))
            .Where(entry => entry.Words.Length > 0)
            // Longest first, so "Werkstatt Demokratie" wins over "Werkstatt" and "Runder Tisch" is read as one.
            .OrderByDescending(entry => entry.Words.Length).ThenByDescending(entry => entry.Words.Sum(word => word.Length))
            .ToList();
    }

    /// <summary>The first topic named in the text, or null.</summary>
    public Topic? Find(string text)
    {
        var words = GermanText.FoldedWords(text);
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var (keyword, topic) in _keywords)
            {
                if (Matches(words, start, keyword)) return topic;
            }
        }
        return null;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] keyword)
    {
        if (start + keyword.Length > words.Count) return false;
        for (var index = 0; index < keyword.Length; index++)
        {
            var word = words[start + index];
            var part = keyword[index];
            var last = index == keyword.Length - 1;
            if (word == part) continue;
            if (!(last && part.Length >= 5 && word.StartsWith(part, StringComparison.Ordinal))) return false;
        }
        return true;
    }
}
