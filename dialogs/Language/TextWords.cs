namespace NrwBot.Dialogs.Language;

/// <summary>
/// Splits a text into words: runs of letters and digits. Hyphens, slashes and the gender star separate words, so
/// "Rhein-Erft-Kreis" and "Referent*innen" become several words whose offsets still point into the text.
/// </summary>
public static class TextWords
{
    public static IReadOnlyList<WordToken> Split(string text)
    {
        var words = new List<WordToken>();
        var start = -1;
        for (var index = 0; index <= text.Length; index++)
        {
            var inWord = index < text.Length && IsWordCharacter(text[index]);
            if (inWord && start < 0) start = index;
            else if (!inWord && start >= 0)
            {
                words.Add(new WordToken(text[start..index], start));
                start = -1;
            }
        }
        return words;
    }

    private static bool IsWordCharacter(char character) =>
        char.IsLetterOrDigit(character) || char.GetUnicodeCategory(character) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
