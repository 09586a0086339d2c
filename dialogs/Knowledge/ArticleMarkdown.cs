using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Writes an article as the Markdown file <see cref="ArticleParser"/> reads, in the layout of the files in
/// bot/content/knowledge (quoted title, source and forms; plain questions and tags where YAML allows), so that
/// `kb export` of an imported folder gives the same bytes back and a diff in git shows only what was changed.
/// </summary>
public static partial class ArticleMarkdown
{
    public static string FileName(string articleId) => articleId + ".md";

    public static string Write(KnowledgeArticle article)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("id: ").Append(article.Id).Append('\n');
        text.Append("title: ").Append(Quoted(article.Title)).Append('\n');
        text.Append("questions:\n");
        foreach (var question in article.Questions) text.Append("  - ").Append(Scalar(question, inFlow: false)).Append('\n');
        text.Append("tags: [").Append(string.Join(", ", article.Tags.Select(tag => Scalar(tag, inFlow: true)))).Append("]\n");
        text.Append("source: ").Append(Quoted(article.Source)).Append('\n');
        if (article.Forms.Count == 0) text.Append("forms: []\n");
        else
        {
            text.Append("forms:\n");
            foreach (var form in article.Forms)
                text.Append("  - name: ").Append(Quoted(form.Name)).Append("\n    url: ").Append(Quoted(form.Url)).Append('\n');
        }
        text.Append("reviewed: ").Append(Date(article.Reviewed)).Append('\n');
        if (article.ValidUntil is { } validUntil) text.Append("valid_until: ").Append(Date(validUntil)).Append('\n');
        text.Append("status: ").Append(StatusWord(article.Status)).Append('\n');
        text.Append("---\n");
        text.Append(article.Body.Replace("\r\n", "\n").Trim()).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// Whether a file's text begins as <see cref="Write"/> writes the article <paramref name="articleId"/> (and as the
    /// seed files do): "---", then "id: " and the id. How `kb export` tells its own files from others in a folder.
    /// </summary>
    public static bool IsArticleFile(string articleId, string text) =>
        text.Replace("\r\n", "\n").StartsWith("---\nid: " + articleId + "\n", StringComparison.Ordinal);

    /// <summary>The word the "status" field holds (the one vocabulary of <see cref="ContentStatuses"/>).</summary>
    public static string StatusWord(ContentStatus status) => status switch
    {
        ContentStatus.Entwurf => "entwurf",
        ContentStatus.Geprueft => "geprüft",
        _ => "beispiel",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Plain where YAML reads the text back unchanged (letters first, no indicator inside), quoted otherwise.</summary>
    private static string Scalar(string value, bool inFlow) =>
        PlainSafe().IsMatch(value) && !(inFlow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0) && !IsYamlWord(value) ? value : Quoted(value);

    private static bool IsYamlWord(string value) => value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n";

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var character in value)
        {
            text.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ => character.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    // Starts with a letter (no number, date or indicator), has no ": ", " #", quote, backslash or line break, ends without blank.
    [GeneratedRegex(@"^\p{L}(?:(?!: |:$| #)[^""'\\\r\n\t])*(?<!\s)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();
}
