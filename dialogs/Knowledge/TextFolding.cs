using System.Text;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Folds text for comparisons the LKS would call "the same": case, umlauts written as ae/oe/ue, ß as ss,
/// punctuation and repeated spaces do not count.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        var lastWasSpace = true;
        foreach (var character in text.ToLowerInvariant())
        {
            var replacement = character switch
            {
                'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss",
                _ when char.IsLetterOrDigit(character) => null,
                _ => " ",
            };
            if (replacement == " ")
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(replacement ?? character.ToString());
            lastWasSpace = false;
        }
        return builder.ToString().TrimEnd();
    }
}
