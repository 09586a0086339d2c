namespace NrwBot.Dialogs.Routing;

/// <summary>
/// How specific a pattern route is. The router tries patterns by rank, not by the order features were added,
/// so adding a feature cannot change which route wins. Card verbs and exact command words are looked up
/// before any pattern; free text (the knowledge base) comes after every pattern.
/// </summary>
public enum RouteRank
{
    /// <summary>A command with arguments ("#42 übernehmen", "Digest letzte 30 Tage", "Einarbeitung Schritt 2"):
    /// wins over everything but verbs and exact words, and always interrupts a running flow.</summary>
    Command = 0,

    /// <summary>A sentence that states a need ("Ich brauche Unterstützung bei …"): more specific than a topic.</summary>
    Need = 1,

    /// <summary>A sentence about a topic (a contact question: any contact word anywhere in it).</summary>
    Topic = 2,
}
