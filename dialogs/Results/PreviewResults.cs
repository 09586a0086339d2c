using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Results;

/// <summary>The form of „Ergebnisse erfassen“: the pasted protocol, read and shown as a preview (nothing stored yet).</summary>
public sealed record PreviewResults(string Protocol) : ICardAction<PreviewResults>
{
    public static string Verb => "results.preview";

    /// <summary>The id of the form's text input, so its value arrives under this key.</summary>
    public const string ProtocolKey = "protocol";

    public static PreviewResults? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, ProtocolKey, ResultsCapture.MaxProtocolLength) is { } protocol ? new PreviewResults(protocol) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [ProtocolKey] = Protocol };
}
