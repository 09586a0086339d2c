using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Requests.Intake;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>
/// The checks of an article draft, one per field, each naming the field in its message: nothing empty that an answer
/// needs, no broken link, no unknown form, no <c>valid_until</c> in the past, and lengths the store and cards take.
/// Lists on text channels are separated by „;“, in the card by line breaks.
/// </summary>
public static partial class ArticleDraftCheck
{
    public const int MaxTitle = 150, MaxBody = 8000, MaxQuestion = 300, MaxQuestions = 30, MaxSource = 300, MaxForms = 10, MaxTags = 10, MaxTag = 40;

    public static FieldCheck Title(string answer) => Required(answer, ArticleDraftTexts.TitleLabel, MaxTitle);

    public static FieldCheck Body(string answer)
    {
        var check = Required(answer, ArticleDraftTexts.BodyLabel, MaxBody);
        if (!check.IsValid) return check;
        foreach (Match link in Links().Matches(answer))
        {
            var address = link.Groups["url"].Value;
            if (!IsWebAddress(address, allowHttp: true) && !IsMailAddress(address)) return FieldCheck.Invalid(ArticleDraftTexts.BrokenLink.Format(SafeText.Escape(Short(address))));
        }
        return check;
    }

    public static FieldCheck Questions(string answer)
    {
        var questions = Lines(answer);
        if (questions.Count == 0) return FieldCheck.Invalid(ArticleDraftTexts.Missing.Format(ArticleDraftTexts.QuestionsLabel.German));
        if (questions.Count > MaxQuestions) return FieldCheck.Invalid(ArticleDraftTexts.TooMany.Format(ArticleDraftTexts.QuestionsLabel.German, MaxQuestions));
        if (questions.Any(question => question.Length > MaxQuestion)) return FieldCheck.Invalid(ArticleDraftTexts.TooLong.Format(ArticleDraftTexts.QuestionsLabel.German, MaxQuestion));
        return FieldCheck.Valid(string.Join("\n", questions));
    }

    public static FieldCheck Source(string answer) => Required(answer, ArticleDraftTexts.SourceLabel, MaxSource);

    /// <summary>„Name | https://…“, or the name of a form the knowledge base knows (<paramref name="known"/>, by name).</summary>
    public static FieldCheck Forms(string answer, IReadOnlyDictionary<string, string> known)
    {
        var lines = Lines(answer);
        if (lines.Count > MaxForms) return FieldCheck.Invalid(ArticleDraftTexts.TooMany.Format(ArticleDraftTexts.FormsLabel.German, MaxForms));
        var forms = new List<string>();
        foreach (var line in lines)
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                if (!IsWebAddress(parts[1], allowHttp: false) || parts[0].Length == 0) return FieldCheck.Invalid(ArticleDraftTexts.FormNotHttps.Format(SafeText.Escape(Short(line))));
                forms.Add(parts[0] + " | " + parts[1]);
            }
            else if (known.TryGetValue(parts[0], out var url)) forms.Add(parts[0] + " | " + url);
            else return FieldCheck.Invalid(ArticleDraftTexts.UnknownForm.Format(SafeText.Escape(Short(parts[0]))));
        }
        return FieldCheck.Valid(string.Join("\n", forms));
    }

    public static FieldCheck ValidUntil(string answer, DateOnly today)
    {
        if (DateAnswer.Parse(answer, today) is not { } date) return FieldCheck.Invalid(ArticleDraftTexts.NotADate.Format(SafeText.Escape(Short(answer))));
        if (date < today) return FieldCheck.Invalid(ArticleDraftTexts.DateInPast.Format(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));
        return FieldCheck.Valid(DateAnswer.Format(date));
    }

    public static FieldCheck Tags(string answer)
    {
        var tags = answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tags.Length > MaxTags) return FieldCheck.Invalid(ArticleDraftTexts.TooMany.Format(ArticleDraftTexts.TagsLabel.German, MaxTags));
        if (tags.Any(tag => tag.Length > MaxTag)) return FieldCheck.Invalid(ArticleDraftTexts.TooLong.Format(ArticleDraftTexts.TagsLabel.German, MaxTag));
        return FieldCheck.Valid(string.Join(", ", tags));
    }

    /// <summary>The content of checked values (every check above passed).</summary>
    public static ArticleDraftContent Content(IReadOnlyDictionary<string, string> values) =>
        new(values[ArticleDraftFlow.TitleField], values[ArticleDraftFlow.BodyField].Trim(), Lines(values[ArticleDraftFlow.QuestionsField]), values[ArticleDraftFlow.SourceField])
        {
            Forms = Lines(values.GetValueOrDefault(ArticleDraftFlow.FormsField, ""))
                .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries)).Select(parts => new ArticleForm(parts[0], parts[1])).ToList(),
            ValidUntil = values.GetValueOrDefault(ArticleDraftFlow.ValidUntilField) is { Length: > 0 } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Tags = values.GetValueOrDefault(ArticleDraftFlow.TagsField, "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };

    /// <summary>The id of a new article: its title folded to lower-case words joined by „-“ (as the files are named).</summary>
    public static string IdFor(string title)
    {
        var words = Language.GermanText.FoldedWords(title).Select(word => new string(word.Where(char.IsAsciiLetterOrDigit).ToArray())).Where(word => word.Length > 0);
        var id = string.Join('-', words);
        if (id.Length > 60) id = id[..60].TrimEnd('-');
        return id.Length > 0 ? id : "artikel";
    }

    /// <summary>The first non-empty line of a text, cut to what one typical question may hold: the first phrasing of a draft made from a request or a network question.</summary>
    public static string FirstQuestion(string text)
    {
        var line = Lines(text.Replace(';', ',')).FirstOrDefault() ?? "";
        return line.Length <= MaxQuestion ? line : line[..MaxQuestion];
    }

    /// <summary>A prefilled answer cut to what the form takes.</summary>
    public static string BodyOf(string text) => text.Length <= MaxBody ? text : text[..MaxBody];

    private static FieldCheck Required(string answer, Text label, int maxLength)
    {
        var trimmed = answer.Trim();
        if (trimmed.Length == 0) return FieldCheck.Invalid(ArticleDraftTexts.Missing.Format(label.German));
        return trimmed.Length > maxLength ? FieldCheck.Invalid(ArticleDraftTexts.TooLong.Format(label.German, maxLength)) : FieldCheck.Valid(trimmed);
    }

    private static IReadOnlyList<string> Lines(string text) =>
        text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsWebAddress(string text, bool allowHttp) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp))
        && uri.Host.Contains('.') && !text.Any(char.IsWhiteSpace);

    private static bool IsMailAddress(string text) =>
        text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && System.Net.Mail.MailAddress.TryCreate(text[7..], out _);

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>Markdown links „[Text](address)“ and bare addresses starting with a scheme.</summary>
    [GeneratedRegex(@"\]\((?<url>[^)\s]*)\)|(?<![\(\w])(?<url>(?:https?|ftp|javascript|file|mailto):[^\s)\]]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Links();
}
