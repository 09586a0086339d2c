using System.Text.RegularExpressions;
using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Privacy;

/// <summary>
/// Removes a person's name from a text that is kept after they deleted their data (a closed request's description,
/// the LKS answer and comments): the whole name and each of its parts ("Quarnstedt, Ysolde" → both), as whole words,
/// in any case, become "[Name]".
/// </summary>
public static class PersonName
{
    public static string Scrub(string text, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || text.Length == 0) return text;
        var parts = name.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => part.Length >= 2)
            .Prepend(name.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(part => part.Length);
        var placeholder = LanguageTexts.Placeholder(PiiCategory.Person);
        foreach (var part in parts)
            text = Regex.Replace(text, $@"(?<!\w){Regex.Escape(part)}(?!\w)", placeholder, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return text;
    }

    public static string? ScrubOrNull(string? text, string? name) => text is null ? null : Scrub(text, name);
}
