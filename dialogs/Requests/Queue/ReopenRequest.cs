using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>„Hat nicht geholfen“ on the requester's closing message: reopens <see cref="Number"/> (only the requester may).</summary>
public sealed record ReopenRequest(RequestNumber Number) : ICardAction<ReopenRequest>
{
    public static string Verb => "requests.reopen";

    public static ReopenRequest? Bind(IReadOnlyDictionary<string, string> values) =>
        RequestLookup.NumberOf(values) is { } number ? new ReopenRequest(number) : null;

    public IReadOnlyDictionary<string, string> Data => RequestLookup.DataOf(Number);
}
