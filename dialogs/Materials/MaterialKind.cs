namespace NrwBot.Dialogs.Materials;

/// <summary>What a shared material is (the kinds the offices named).</summary>
public enum MaterialKind { Handlungskonzept, Bestandsanalyse, Praesentation, Oeffentlichkeitsarbeit, Methode, Protokoll, Vorlage, Sonstiges }

/// <summary>Who may see a material: the whole network, or the LKS only (and its owner).</summary>
public enum MaterialVisibility { Network, LksOnly }

/// <summary>The kinds with their titles and the words that name them in a question.</summary>
public static class MaterialKinds
{
    public static IReadOnlyList<MaterialKind> All { get; } = Enum.GetValues<MaterialKind>();

    public static Text Title(MaterialKind kind) => kind switch
    {
        MaterialKind.Handlungskonzept => MaterialsTexts.KindHandlungskonzept,
        MaterialKind.Bestandsanalyse => MaterialsTexts.KindBestandsanalyse,
        MaterialKind.Praesentation => MaterialsTexts.KindPraesentation,
        MaterialKind.Oeffentlichkeitsarbeit => MaterialsTexts.KindOeffentlichkeitsarbeit,
        MaterialKind.Methode => MaterialsTexts.KindMethode,
        MaterialKind.Protokoll => MaterialsTexts.KindProtokoll,
        MaterialKind.Vorlage => MaterialsTexts.KindVorlage,
        _ => MaterialsTexts.KindSonstiges,
    };

    /// <summary>The folded word stems that name a kind; a word counts when it starts with one ("Handlungskonzepte").</summary>
    private static readonly (MaterialKind Kind, string[] Stems)[] Words =
    [
        (MaterialKind.Handlungskonzept, ["handlungskonzept"]),
        (MaterialKind.Bestandsanalyse, ["bestandsanalyse", "ausgangsanalyse", "bestandsaufnahme", "bedarfsanalyse", "ist-analyse"]),
        (MaterialKind.Praesentation, ["praesentation", "prasentation", "vortragsfolien", "foliensatz"]),
        (MaterialKind.Oeffentlichkeitsarbeit, ["flyer", "broschuere", "broschure", "plakat"]),
        (MaterialKind.Methode, ["workshopkonzept", "methodenbeschreibung", "methodenkoffer"]),
        (MaterialKind.Protokoll, ["protokoll", "ergebnisprotokoll"]),
        (MaterialKind.Vorlage, ["vorlage", "mustervorlage", "formularvorlage"]),
    ];

    /// <summary>The pattern fragment that names any kind (for the routes).</summary>
    public const string KindWordPattern = @"(?:handlungskonzept\w*|bestandsanalyse\w*|ausgangsanalyse\w*|bestandsaufnahme\w*|bedarfsanalyse\w*|ist-analyse\w*|präsentation\w*|praesentation\w*|flyer\w*|broschüre\w*|plakat\w*|workshopkonzept\w*|methodenbeschreibung\w*|protokoll\w*|ergebnisprotokoll\w*|vorlage\w*|mustervorlage\w*)";

    /// <summary>The kind a folded word names, or null.</summary>
    public static MaterialKind? OfWord(string foldedWord) =>
        Words.FirstOrDefault(entry => entry.Stems.Any(stem => foldedWord.StartsWith(stem, StringComparison.Ordinal))) is { Stems: not null } found ? found.Kind : null;

    /// <summary>A kind by its value or its title ("Handlungskonzept", "Flyer/Öffentlichkeitsarbeit"), as the form sends or a user types.</summary>
    public static MaterialKind? Parse(string answer) =>
        All.Cast<MaterialKind?>().FirstOrDefault(kind => string.Equals(kind.ToString(), answer, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Title(kind!.Value).German, answer, StringComparison.OrdinalIgnoreCase));
}
