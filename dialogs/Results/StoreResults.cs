using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// „Speichern“ under the preview: the protocol travels with the button and is read again with the same parser, so
/// nothing is kept between preview and saving, and what is stored is exactly what the preview showed.
/// </summary>
public sealed record StoreResults(string Protocol) : ICardAction<StoreResults>
{
    public static string Verb => "results.store";

    public static StoreResults? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, PreviewResults.ProtocolKey, ResultsCapture.MaxProtocolLength) is { } protocol ? new StoreResults(protocol) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [PreviewResults.ProtocolKey] = Protocol };
}
