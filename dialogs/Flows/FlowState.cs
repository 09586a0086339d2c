namespace NrwBot.Dialogs.Flows;

/// <summary>Where a running flow stands: kept in ConversationState so it survives restarts and scales out.</summary>
public sealed class FlowState
{
    public string Name { get; set; } = "";
    public int Step { get; set; }
    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>
    /// What the feature that started the flow fixed for it (the article being edited and the version it started from):
    /// kept on the server, never taken from a card, and kept when the form is sent again.
    /// </summary>
    public Dictionary<string, string> Context { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>True once all fields are answered and the flow waits for "Senden" / "Ändern".</summary>
    public bool Confirming { get; set; }

    /// <summary>Identifies this draft; the summary's buttons carry it, so a button of an older draft is recognised as stale.</summary>
    public string Draft { get; set; } = NewDraft();

    /// <summary>True once the user was reminded (on a card channel) that this form is still open: at most once.</summary>
    public bool Reminded { get; set; }

    public static string NewDraft() => Guid.NewGuid().ToString("N")[..12];
}
