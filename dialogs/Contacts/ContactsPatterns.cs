using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// The patterns that send a message to the contacts feature, one per intent, tried in the order of
/// <see cref="InOrder"/> (the route table uses the same order through <see cref="ContactsRoutes"/>): lists
/// before Mobile Beratung before "my contact" before peers before any other contact question.
/// They look for the words that make a message a contact question, anywhere in it; the feature then
/// reads place and topic from the whole text.
/// </summary>
public static class ContactsPatterns
{
    private const string Zustaendig = @"zust(?:ä|ae|a)ndig\w*";

    public const string ContactList =
        @"\b(?:kontakt|adress|adressen|e-?mail|mail|telefon)[-\s]?(?:liste|verteiler|verzeichnis)n?\b|\bverteiler(?:liste)?\b|\balle\s+kontakte\b";

    public const string MobileBeratung = @"\bmobilen?\s+beratung\w*|\bMBR\b";

    public const string MyContact =
        @"\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)\s+(?:ansprech\w*|kontakt\w*|" + Zustaendig + @")"
        + @"|\bf(?:ü|ue|u)r\s+(?:mich|uns)\s+" + Zustaendig + @"|\bwer\s+hilft\s+mir\b";

    public const string Peers =
        @"\bwer\s+(?:macht|arbeitet|plant|hat|organisiert|bietet|f(?:ü|ue)hrt|kennt\s+sich|besch(?:ä|ae)ftigt\s+sich|k(?:ü|ue)mmert\s+sich)\b"
        + @"|\b(?:kolleg\w*|andere[nrs]?\s+(?:b(?:ü|ue)ros?|kommunen|kreise|st(?:ä|ae)dte|fachkr\w+)|peers?|(?:ä|ae)hnliche\w*\s+(?:konzepte?|projekte?))\b";

    // "Kontakt" alone is a weak word ("Wie halte ich Kontakt zu den Trägern?"), so it counts only at the start
    // of a message ("Kontakt Kreis Düren"); the other words count anywhere.
    public const string PlaceContact =
        @"^\s*kontakte?\b|\b(?:ansprech(?:partner|person)\w*|kontakt(?:person\w*|daten)|" + Zustaendig
        + @"|erreiche\s+ich|fachstelle\w*|koordinierungsstelle\w*|lokale[nsr]?\s+b(?:ü|ue)ro\w*)(?:\b|$)";

    public static readonly IReadOnlyList<(ContactIntent Intent, string Pattern)> InOrder =
    [
        (ContactIntent.ContactList, ContactList),
        (ContactIntent.MobileBeratung, MobileBeratung),
        (ContactIntent.MyContact, MyContact),
        (ContactIntent.Peers, Peers),
        (ContactIntent.PlaceContact, PlaceContact),
    ];

    /// <summary>The same options as the route table, so a pattern behaves the same in both.</summary>
    public static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>"meine Region", "unser Kreis", "in meiner Nähe": the asker's own region is meant.</summary>
    internal static readonly Regex OwnRegion = Compile(
        @"\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)\s+(?:region|kreis\w*|stadt|kommune|regierungsbezirk\w*|bezirk\w*|gegend|umgebung|n(?:ä|ae)he)\b|\bbei\s+(?:mir|uns)\b");

    /// <summary>The LKS by name: "LKS", "Landeskoordinierungsstelle".</summary>
    internal static readonly Regex Lks = Compile(@"\bLKS\b|\blandeskoordinierungsstelle\w*");
}
