namespace NrwBot.Dialogs.Flows;

/// <summary>Where a running flow stands: kept in ConversationState so it survives restarts and scales out.</summary>
public sealed class FlowState
{
    public string Name { get; set; } = "";
    public int Step { get; set; }
    public Dictionary<string, string> Values { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>True once all fields are answered and the flow waits for "Senden" / "Ändern".</summary>
    public bool Confirming { get; set; }
}
