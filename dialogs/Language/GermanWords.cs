using System.Globalization;
using System.Text;

namespace NrwBot.Dialogs.Language;

/// <summary>
/// Folding and a deliberately light stemmer for German words, enough to match "Referentinnen" with "Referent" and
/// "Fachkräfte" with "Fachkraft". Not a linguistic stemmer: it only has to make the same word meet itself.
/// </summary>
public static class GermanWords
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly string[] Endings = ["ern", "em", "en", "er", "es", "e", "n", "s"];

    /// <summary>Lower case, umlauts spelled out (ä = ae), ß = ss, other diacritics removed.</summary>
    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length + 4);
        foreach (var character in word.ToLower(German))
        {
            switch (character)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                case 'ı': builder.Append('i'); break;
                default: AppendWithoutDiacritics(builder, character); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// The stem of a word: folded, female and plural endings removed, "-ung" removed so that noun and verb meet
    /// (Vernetzung/vernetzen) unless too little is left ("Schulung" must not become "Schule"), umlauts as plain vowels.
    /// </summary>
    public static string Stem(string word)
    {
        var stem = Fold(word);
        if (stem.Length >= 8 && stem.EndsWith("innen", StringComparison.Ordinal)) stem = stem[..^5];
        else if (stem.Length >= 8 && stem.EndsWith("in", StringComparison.Ordinal) && !IsVowel(stem[^3])) stem = stem[..^2];
        if (stem.Length >= 11 && stem.EndsWith("ungen", StringComparison.Ordinal)) return Plain(stem[..^5]);
        if (stem.Length >= 9 && stem.EndsWith("ung", StringComparison.Ordinal)) return Plain(stem[..^3]);
        foreach (var ending in Endings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= 3)
            {
                stem = stem[..^ending.Length];
                break;
            }
        }
        return Plain(stem);
    }

    // Plurals like Fachkraft/Fachkräfte and Stadt/Städte differ only by the umlaut.
    private static string Plain(string stem) =>
        stem.Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal);

    private static bool IsVowel(char character) => "aeiouy".Contains(character);

    private static void AppendWithoutDiacritics(StringBuilder builder, char character)
    {
        foreach (var part in character.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark) builder.Append(part);
        }
    }
}
