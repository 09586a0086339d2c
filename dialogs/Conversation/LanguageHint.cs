namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// A cheap guess whether a message is English, for choosing the reply language ("German first, English
/// where a user writes English"). Counts frequent function words of each language; German wins ties.
/// </summary>
public static class LanguageHint
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "is", "are", "what", "how", "who", "where", "when", "can", "i", "my", "do", "does", "to", "for", "of",
        "and", "with", "need", "please", "which", "should", "have", "an", "it", "in", "on", "funding", "help",
    };

    private static readonly HashSet<string> German = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "ist", "sind", "was", "wie", "wer", "wo", "wann", "kann", "ich", "mein", "meine", "zu",
        "für", "und", "mit", "brauche", "bitte", "welche", "soll", "habe", "ein", "eine", "es", "im", "auf", "den", "dem",
    };

    public static bool IsEnglish(string text)
    {
        var words = text.Split([' ', ',', '.', '?', '!', ';', ':', '\n'], StringSplitOptions.RemoveEmptyEntries);
        int english = 0, german = 0;
        foreach (var word in words)
        {
            if (English.Contains(word)) english++;
            if (German.Contains(word)) german++;
        }
        return english > german && english >= 2;
    }
}
