using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>A button that asks the knowledge base <see cref="Text"/> on the user's behalf („Im Wissen suchen“).</summary>
public sealed record AskQuestion(string Text) : ICardAction<AskQuestion>
{
    public static string Verb => "kb.ask";
    public const string TextKey = "text";

    /// <summary>A question, not an essay: longer texts are refused before they reach the search.</summary>
    public const int MaxLength = 1000;

    public static AskQuestion? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, TextKey, MaxLength) is { } text ? new AskQuestion(text) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [TextKey] = Text };
}
