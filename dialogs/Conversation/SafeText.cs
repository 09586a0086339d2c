using System.Text;

namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// Escapes text a user wrote before the bot repeats it, so Markdown, HTML or card JSON in it is shown
/// literally and cannot change what the bot shows.
/// </summary>
public static class SafeText
{
    // The characters that start emphasis, links, code, headings, tables or HTML in the Markdown of Teams,
    // Slack and Web Chat. Card JSON needs no escaping here: cards are serialized, never concatenated.
    private const string Special = "\\`*_[]<>#~|";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (character is '\r') continue;
            if (Special.Contains(character)) builder.Append('\\');
            builder.Append(character);
        }
        return builder.ToString();
    }

    /// <summary>Shortens text for a one-line preview, on a word boundary where there is one.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)] + "…";
    }
}
