using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Several questions in one message ("Wann ist der VN fällig? Und wie rufe ich Mittel ab?"): the parts, split after
/// each question mark and at line breaks. A part needs a few words of its own; "Und?" or a greeting is no question.
/// </summary>
public static partial class QuestionParts
{
    /// <summary>At most this many parts get their own answer; a longer message is asked as a whole.</summary>
    public const int MaxParts = 3;

    private const int MinWords = 3;

    /// <summary>The parts of a message, or one part (the whole message) when it holds at most one question.</summary>
    public static IReadOnlyList<string> Of(string message)
    {
        var parts = Separator().Split(message).Select(part => part.Trim()).Where(part => WordCount(part) >= MinWords).ToList();
        return parts.Count is >= 2 and <= MaxParts ? parts : [message];
    }

    private static int WordCount(string text) => Words().Matches(text).Count;

    // After a question mark (kept with its part) or at a line break.
    [GeneratedRegex(@"(?<=\?)\s+|\s*[\r\n]+\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}-]*")]
    private static partial Regex Words();
}
