namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>What starts the intake, and the words that keep a pre-filled answer on text channels.</summary>
public static class IntakePatterns
{
    public static readonly string[] StartWords =
    [
        "unterstützung anfragen", "unterstuetzung anfragen", "anfrage stellen", "neue anfrage", "anfrage an die lks",
        "request support", "new request",
    ];

    /// <summary>
    /// "Ich brauche Unterstützung bei …", "Wir benötigen Hilfe bei …", "I need support with …": a need stated in
    /// the user's own words. "Hilfe" alone stays the help command; it counts here only with bei/mit/zu/für.
    /// </summary>
    public const string NeedStatement =
        @"^(?:ich|wir)?\s*(?:brauche|brauchen|benötige|benötigen|benoetige|benoetigen|bräuchte|bräuchten|braeuchte|hätte\s+gerne?|hätten\s+gerne?|wünsche\s+mir|wünschen\s+uns|suche|suchen)\s+"
        + @"(?:\w+\s+){0,2}?(?:unterstützung|unterstuetzung|hilfe\s+(?:bei|mit|zu|zur|zum|für|fuer))\b"
        + @"|^(?:i|we)\s+(?:need|would\s+like|want)\s+(?:some\s+)?(?:support|help)\s+(?:with|on|for)\b";

    private static readonly HashSet<string> KeepWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ok", "okay", "ja", "passt", "übernehmen", "uebernehmen", "weiter", "yes", "keep",
    };

    public static bool IsKeep(string answer) => KeepWords.Contains(answer.Trim().TrimEnd('.', '!'));
}
