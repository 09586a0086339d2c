using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>„Hat nicht geholfen“ on the requester's closing message: reopens <see cref="Number"/> (only the requester may).</summary>
public sealed record ReopenRequest(RequestNumber Number) : ICardAction<ReopenRequest>
{
    public static string Verb => "requests.reopen";

    public static ReopenRequest? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, LksCards.NumberKey, 20) is { } named && RequestNumber.TryParse(named, out var number) ? new ReopenRequest(number) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [LksCards.NumberKey] = Number.ToString() };
}
