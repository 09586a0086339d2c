namespace NrwBot.Dialogs.Materials;

/// <summary>What users type to reach the Materialbörse: command words (exact, case-insensitive) and patterns.</summary>
public static class MaterialsPatterns
{
    public static readonly string[] ShareWords = ["material teilen", "materialien teilen", "dokument teilen", "material einstellen", "material hochladen", "share material"];
    public static readonly string[] SearchAllWords = ["materialbörse", "materialboerse", "materialien", "material suchen", "materialien suchen", "alle materialien"];
    public static readonly string[] MineWords = ["meine materialien", "meine geteilten materialien", "my materials"];

    /// <summary>„Material suchen Handlungskonzept Schule“, „Materialien zu Öffentlichkeitsarbeit 2024“.</summary>
    public const string SearchPattern = @"^(?:material(?:ien)?|dokumente?)\s+(?:suchen|finden|zu|zum|zur|über|mit|für|aus|im|in|von)\s*:?\s*(?<q>.+)$";

    /// <summary>„Ähnliche Konzepte“, „Ähnliche Konzepte M-3“.</summary>
    public const string SimilarPattern = @"^(?:ähnliche|aehnliche|vergleichbare)\s+(?:handlungs)?konzepte(?:\s+(?:zu|für)?\s*m-?(?<id>\d{1,9}))?\s*[?.!]?$";

    /// <summary>„Material M-3 zurückziehen“, „Material M-3 wieder teilen“, „Material M-3 bearbeiten“.</summary>
    public const string ChangePattern = @"^material\s+m-?(?<id>\d{1,9})\s+(?<verb>zurückziehen|zurueckziehen|wieder teilen|bearbeiten|ändern|aendern)\s*[.!]?$";

    private const string Kind = MaterialKinds.KindWordPattern;

    /// <summary>„Gibt es ein Beispiel für eine Bestandsanalyse?“, „Wer hat schon ein Handlungskonzept mit Handlungsfeld Schule?“: a kind of material and a word that asks for an example.</summary>
    public const string ExampleQuestionPattern = @"^(?:gibt es|gibts|habt ihr|haben sie|hat jemand|wer hat|kennt jemand)\b(?=.*\b(?:beispiel\w*|muster\w*|material\w*|schon|bereits)\b)(?=.*\b" + Kind + @")(?<q>.*)$";

    /// <summary>„Handlungskonzept Schule Regierungsbezirk Arnsberg“: a kind first and a region, topic field or year, not a question.</summary>
    public const string KindFirstPattern = @"^(?!.*\?)(?<q>" + Kind + @"\b.*\b(?:regierungsbezirk|kreis|stadt|städteregion|aus|handlungsfeld|19[89]\d|20\d\d)\b.*)$";
}
