using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// Asserts through the bot's own <see cref="Text"/> values instead of copies of their wording, so rewording a
/// sentence breaks only the tests that are about that sentence. A placeholder ({0}, {1:dd.MM.yyyy} …) matches any
/// filled-in value; when a test knows the values, it compares with <c>Text.Format(…)</c> instead.
/// </summary>
public static class TextAssert
{
    /// <summary><paramref name="actual"/> is exactly the text (German, or English with <paramref name="english"/>).</summary>
    public static void Equal(Text expected, string? actual, bool english = false)
    {
        Assert.NotNull(actual);
        Assert.True(Pattern(expected, english, whole: true).IsMatch(actual), $"Expected the text „{expected.In(english)}“,{Environment.NewLine}got „{actual}“.");
    }

    /// <summary><paramref name="actual"/> contains the text somewhere.</summary>
    public static void Contains(Text expected, string? actual, bool english = false)
    {
        Assert.NotNull(actual);
        Assert.True(Pattern(expected, english).IsMatch(actual), $"Expected „{actual}“{Environment.NewLine}to contain „{expected.In(english)}“.");
    }

    /// <summary>What the user sees of <paramref name="activity"/> (text and card) contains the text.</summary>
    public static void Contains(Text expected, IActivity activity, bool english = false) =>
        Contains(expected, ActivityAssert.VisibleText(activity), english);

    /// <summary>Some of <paramref name="texts"/> contains the text (for example, the texts of all replies of a turn).</summary>
    public static void Contains(Text expected, IEnumerable<string?> texts, bool english = false)
    {
        var all = texts.ToList();
        Assert.True(all.Any(text => text is not null && Pattern(expected, english).IsMatch(text)),
            $"Expected one of{Environment.NewLine}{string.Join(Environment.NewLine, all.Select(text => "„" + text + "“"))}{Environment.NewLine}to contain „{expected.In(english)}“.");
    }

    public static void DoesNotContain(Text unexpected, string? actual, bool english = false)
    {
        if (actual is null) return;
        Assert.False(Pattern(unexpected, english).IsMatch(actual), $"Expected „{actual}“{Environment.NewLine}not to contain „{unexpected.In(english)}“.");
    }

    public static void DoesNotContain(Text unexpected, IActivity activity, bool english = false) =>
        DoesNotContain(unexpected, ActivityAssert.VisibleText(activity), english);

    public static void StartsWith(Text expected, string? actual, bool english = false)
    {
        Assert.NotNull(actual);
        Assert.True(Pattern(expected, english, anchored: true).IsMatch(actual), $"Expected „{actual}“{Environment.NewLine}to start with „{expected.In(english)}“.");
    }

    /// <summary>Whether <paramref name="actual"/> contains the text, for tests that count or filter replies.</summary>
    public static bool IsIn(Text text, string? actual, bool english = false) => actual is not null && Pattern(text, english).IsMatch(actual);

    /// <summary>The text as a regular expression: literal wording, each placeholder any non-empty value.</summary>
    public static Regex Pattern(Text text, bool english = false, bool anchored = false, bool whole = false)
    {
        var format = text.In(english);
        var pattern = new StringBuilder(anchored || whole ? @"\A" : "");
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c) { literal.Append(c); i++; continue; }
            if (c == '{' && format.IndexOf('}', i) is var close and > 0)
            {
                pattern.Append(Regex.Escape(literal.ToString())).Append("(?s:.+?)");
                literal.Clear();
                i = close;
                continue;
            }
            literal.Append(c);
        }
        pattern.Append(Regex.Escape(literal.ToString()));
        if (whole) pattern.Append(@"\z");
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }
}
