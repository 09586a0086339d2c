using System.Globalization;
using System.Text;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// Folds a place name or a text for comparison: case, umlauts (ä = ae), ß = ss, and every separator
/// (dashes, dots, slashes, brackets, punctuation) to a single space, so "Minden-Lübbecke" and
/// "minden luebbecke" are the same key.
/// </summary>
public static class PlaceNames
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Fold(string name) => string.Join(' ', Tokens(name));

    /// <summary>The folded words of a text, in order.</summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        RawTokens(text).Select(FoldToken).Where(token => token.Length > 0).ToList();

    /// <summary>The words of a text as written (for checks that need the original case).</summary>
    public static IReadOnlyList<string> RawTokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character)) { current.Append(character); continue; }
            if (current.Length > 0) tokens.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    /// <summary>The name with umlauts reduced to their base vowel ("Düren" → "Duren"), as people type without a German keyboard.</summary>
    public static string WithoutUmlauts(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            builder.Append(character switch
            {
                'ä' => 'a', 'ö' => 'o', 'ü' => 'u',
                'Ä' => 'A', 'Ö' => 'O', 'Ü' => 'U',
                _ => character,
            });
        }
        return builder.ToString();
    }

    /// <summary>Folds one word (no separators inside).</summary>
    internal static string FoldToken(string token)
    {
        var lower = token.ToLower(German);
        var builder = new StringBuilder(lower.Length + 2);
        foreach (var character in lower)
        {
            builder.Append(character switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => character.ToString(),
            });
        }
        return builder.ToString();
    }
}
