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

    /// <summary>Identifies this draft; the summary's buttons carry it, so a button of an older draft is recognised as stale.</summary>
    public string Draft { get; set; } = NewDraft();

    /// <summary>True once the user was reminded (on a card channel) that this form is still open: at most once.</summary>
    public bool Reminded { get; set; }

    /// <summary>What the flow works on besides a new draft (the id of a material being edited); kept through „Ändern“ and resubmits.</summary>
    public string? Subject { get; set; }

    public static string NewDraft() => Guid.NewGuid().ToString("N")[..12];
}
