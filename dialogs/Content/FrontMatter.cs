namespace NrwBot.Dialogs.Content;

/// <summary>
/// The one reader of YAML front matter for content files: a first line "---", the YAML, a closing "---", then the
/// Markdown body. Knowledge articles and onboarding steps both split through it; each feature words its own problems.
/// </summary>
public sealed record FrontMatter(string Yaml, string Body, int ClosingLine)
{
    private const string Fence = "---";

    /// <summary>The front matter starts on the file's second line: a YAML line n is file line n + 1.</summary>
    public const int LineOffset = 1;

    /// <summary>Why a text has no front matter to read.</summary>
    public enum Missing { None, NoOpeningFence, NotClosed }

    /// <summary>Splits a file's text; null (with the reason) when the fences are missing. Line ends may be CRLF.</summary>
    public static FrontMatter? Split(string text, out Missing missing)
    {
        var lines = text.Replace("\r\n", "\n").Replace("\r", "").Split('\n');
        missing = Missing.NoOpeningFence;
        if (lines.Length == 0 || lines[0].Trim() != Fence) return null;
        var closing = Array.FindIndex(lines, 1, line => line.Trim() == Fence);
        missing = Missing.NotClosed;
        if (closing < 0) return null;
        missing = Missing.None;
        return new FrontMatter(string.Join('\n', lines[1..closing]), string.Join('\n', lines[(closing + 1)..]).Trim(), closing + 1);
    }
}
