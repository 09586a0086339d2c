using System.Globalization;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Network;

/// <summary>„Frag das Netzwerk“ under a knowledge answer: checks the question and asks the user to confirm it.</summary>
public sealed record AskNetwork(string Question) : ICardAction<AskNetwork>
{
    public static string Verb => "network.ask";
    public const string QuestionKey = "question";

    public static AskNetwork? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, QuestionKey, 4000) is { } question ? new AskNetwork(question) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [QuestionKey] = Question };
}

/// <summary>
/// The confirmation: post the redacted <see cref="Text"/> under the user's name or without it. <see cref="DraftId"/>
/// makes both clicks of a double click (and a late click) file one question.
/// </summary>
public sealed record PostNetworkQuestion(string DraftId, string Text, bool Anonymous) : ICardAction<PostNetworkQuestion>
{
    public static string Verb => "network.post";
    public const string DraftKey = "draft";
    public const string TextKey = "text";
    public const string AnonymousKey = "anonymous";

    public static PostNetworkQuestion? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, DraftKey, 64) is { } draft && CardActions.Text(values, TextKey, NetworkOptions.MaxTextLength) is { } text
            && CardActions.Text(values, AnonymousKey, 5) is { } anonymous && bool.TryParse(anonymous, out var isAnonymous)
            ? new PostNetworkQuestion(draft, text, isAnonymous)
            : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>
    {
        [DraftKey] = DraftId,
        [TextKey] = Text,
        [AnonymousKey] = Anonymous ? "true" : "false",
    };
}

/// <summary>„Antworten“ on a question card: opens the answer form for the question.</summary>
public sealed record OpenNetworkAnswer(long QuestionId) : ICardAction<OpenNetworkAnswer>
{
    public static string Verb => "network.answer";
    public const string QuestionIdKey = "nq";

    public static OpenNetworkAnswer? Bind(IReadOnlyDictionary<string, string> values) =>
        NetworkNumbers.Parse(CardActions.Text(values, QuestionIdKey, 20), 'N') is { } id ? new OpenNetworkAnswer(id) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [QuestionIdKey] = Id(QuestionId) };

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The answer form's submit: the question and the answer's text.</summary>
public sealed record SubmitNetworkAnswer(long QuestionId, string Text) : ICardAction<SubmitNetworkAnswer>
{
    public static string Verb => "network.answer.submit";
    public const string TextKey = "answer";

    public static SubmitNetworkAnswer? Bind(IReadOnlyDictionary<string, string> values) =>
        NetworkNumbers.Parse(CardActions.Text(values, OpenNetworkAnswer.QuestionIdKey, 20), 'N') is { } id
            && CardActions.Text(values, TextKey, NetworkOptions.MaxTextLength) is { } text
            ? new SubmitNetworkAnswer(id, text)
            : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [OpenNetworkAnswer.QuestionIdKey] = OpenNetworkAnswer.Id(QuestionId), [TextKey] = Text };
}

/// <summary>„Hat geholfen“ under an answer the asker received.</summary>
public sealed record MarkNetworkAnswerHelpful(long AnswerId) : ICardAction<MarkNetworkAnswerHelpful>
{
    public static string Verb => "network.helpful";
    public const string AnswerIdKey = "na";

    public static MarkNetworkAnswerHelpful? Bind(IReadOnlyDictionary<string, string> values) =>
        NetworkNumbers.Parse(CardActions.Text(values, AnswerIdKey, 20), 'A') is { } id ? new MarkNetworkAnswerHelpful(id) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [AnswerIdKey] = OpenNetworkAnswer.Id(AnswerId) };
}

/// <summary>„Frage schließen“: the asker needs no more answers.</summary>
public sealed record CloseNetworkQuestion(long QuestionId) : ICardAction<CloseNetworkQuestion>
{
    public static string Verb => "network.close";

    public static CloseNetworkQuestion? Bind(IReadOnlyDictionary<string, string> values) =>
        NetworkNumbers.Parse(CardActions.Text(values, OpenNetworkAnswer.QuestionIdKey, 20), 'N') is { } id ? new CloseNetworkQuestion(id) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [OpenNetworkAnswer.QuestionIdKey] = OpenNetworkAnswer.Id(QuestionId) };
}

/// <summary>LKS only: hides a question („N7“) or an answer („A12“) with a reason its author is told.</summary>
public sealed record HideNetworkPost(string Number, string Reason) : ICardAction<HideNetworkPost>
{
    public static string Verb => "network.hide";
    public const string NumberKey = "post";
    public const string ReasonKey = "reason";

    public static HideNetworkPost? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, NumberKey, 20) is { } number && CardActions.Text(values, ReasonKey, 500) is { } reason
            && (NetworkNumbers.Parse(number, 'N') is not null || NetworkNumbers.Parse(number, 'A') is not null)
            ? new HideNetworkPost(number.ToUpperInvariant(), reason)
            : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [NumberKey] = Number, [ReasonKey] = Reason };
}

/// <summary>LKS only: „Ausblenden (LKS)“ on a channel card opens the form for the reason.</summary>
public sealed record OpenHideForm(string Number) : ICardAction<OpenHideForm>
{
    public static string Verb => "network.hide.form";

    public static OpenHideForm? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, HideNetworkPost.NumberKey, 20) is { } number && NetworkNumbers.Parse(number, 'N') is not null
            ? new OpenHideForm(number.ToUpperInvariant())
            : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [HideNetworkPost.NumberKey] = Number };
}
