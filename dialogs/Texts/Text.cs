using System.Globalization;

namespace NrwBot.Dialogs.Texts;

/// <summary>
/// One sentence, label or word the bot shows, in German (always) and English (where users who write English
/// should get it). The one localisation scheme of NrwBot: every feature keeps its texts as <see cref="Text"/>
/// fields in its own <c>…Texts</c> class, and tests assert through the same fields, so rewording a sentence
/// changes one line and breaks no test that is not about that sentence.
/// </summary>
/// <param name="German">The German form; also the fallback when there is no English form.</param>
/// <param name="English">The English form, or null where German only is fine (content, LKS-only views).</param>
public sealed record Text(string German, string? English = null)
{
    private static readonly CultureInfo GermanCulture = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The form for the reader: English when they prefer it and it exists, German otherwise.</summary>
    public string In(bool english) => english && English is not null ? English : German;

    /// <summary>The form for the reader with its placeholders filled, numbers and dates in the reader's culture.</summary>
    public string Format(bool english, params object?[] args) =>
        string.Format(english && English is not null ? EnglishCulture : GermanCulture, In(english), args);

    /// <summary>The German form with its placeholders filled.</summary>
    public string Format(params object?[] args) => Format(false, args);

    public override string ToString() => German;
}
