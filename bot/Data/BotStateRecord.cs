namespace NrwBot.Host.Data;

/// <summary>One item of the Bot Framework's storage (conversation or user state), as a JSON document.</summary>
public sealed class BotStateRecord
{
    public required string Key { get; set; }
    public required string Document { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
