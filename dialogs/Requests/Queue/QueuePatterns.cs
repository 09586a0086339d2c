namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>The chat commands of the queue. A request is named "#42" or "UB-2026-0042".</summary>
public static class QueuePatterns
{
    private const string Number = @"(?:#\s?|UB-(?<year>\d{4})-)(?<n>\d{1,6})";
    private const string Text = @"(?:\s*:\s*(?<text>[\s\S]+))?$";

    public static readonly string[] QueueWords = ["warteschlange", "queue", "lks warteschlange"];
    public static readonly string[] MineWords = ["meine anfragen", "my requests", "anfragen anzeigen"];

    public const string Queue = @"^(?:warteschlange|queue)\s+(?<filter>.+)$";
    public const string Show = "^" + Number + "$";
    public const string Claim = "^" + Number + @"\s+(?:übernehmen|uebernehmen|nehme\s+ich|take)$";
    public const string Answer = "^" + Number + @"\s+(?:antworten|antwort|answer)" + Text;
    public const string Finish = "^" + Number + @"\s+(?:erledigt|erledigen|done)" + Text;
    public const string Reject = "^" + Number + @"\s+(?:ablehnen|abgelehnt|reject)" + Text;
    public const string Note = "^" + Number + @"\s+(?:notiz|note)" + Text;
    public const string Reopen = "^" + Number + @"\s+(?:hat\s+nicht\s+geholfen|nicht\s+geholfen|did\s*n[o']?t\s+help|not\s+helpful)" + Text;
    public const string Rate = "^" + Number + @"\s+(?:bewerten|bewertung|rate|rating)(?:\s+(?<stars>\d+)(?:\s*(?:sterne?|stars?))?)?(?:\s*[:,–-]?\s*(?<text>[\s\S]+))?$";
    public const string Assign = "^" + Number + @"\s+(?:an|to)\s+(?<name>.+)$";
}
