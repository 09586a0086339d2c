using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Reads the text of a protocol file attached in the chat (the host downloads it: https only, a size limit, a short
/// time-out). The result is the text, or the reason it could not be read; it never throws for a bad file or address.
/// </summary>
public interface IProtocolFiles
{
    Task<ProtocolFile> ReadAsync(string address, CancellationToken cancellationToken);
}

/// <summary>The downloaded text, or why there is none (then <see cref="Text"/> is null).</summary>
public sealed record ProtocolFile(string? Text, Text? Problem)
{
    public static ProtocolFile Read(string text) => new(text, null);

    public static ProtocolFile Refused(Text problem) => new(null, problem);
}
