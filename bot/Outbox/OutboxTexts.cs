namespace NrwBot.Host.Outbox;

/// <summary>What a batch's progress line on the sender's card says.</summary>
public static class OutboxTexts
{
    public static readonly Text Progress = new("an {0} von {1} gesendet");
    public static readonly Text ProgressWithGivenUp = new("an {0} von {1} gesendet, {2} nicht erreichbar");
}
