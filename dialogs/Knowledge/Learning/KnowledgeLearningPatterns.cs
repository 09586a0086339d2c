namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>What the LKS types on text channels for the learning commands (words the bot understands, not texts it says).</summary>
public static class KnowledgeLearningPatterns
{
    public static readonly string[] NewArticleWords = ["artikel entwerfen", "neuer artikel", "neuen artikel entwerfen", "wissensartikel entwerfen", "neuer wissensartikel"];

    /// <summary>„Artikel ändern mittelabruf“.</summary>
    public const string EditArticlePattern = @"^(?:artikel|wissen|wissensartikel)\s+(?:ändern|aendern|bearbeiten)\s+(?<id>[a-z0-9][a-z0-9-]{0,99})\s*$";

    /// <summary>„Formulierung zu mittelabruf: Wie komme ich an das Geld?“ – a phrasing for any article, typed.</summary>
    public const string PhrasingPattern = @"^formulierung\s+(?:zu|für|fuer)\s+(?<id>[a-z0-9][a-z0-9-]{0,99})\s*:\s*(?<q>[\s\S]{1,500})$";

    /// <summary>„N7 als Wissensartikel“: a draft from a network question and its colleagues' answers.</summary>
    public const string FromNetworkPattern = @"^n(?<id>\d{1,18})\s+als\s+(?:wissens)?artikel(?:\s+vorschlagen)?\s*$";

    /// <summary>„Entwurf 7“: one draft, as the notice's button opens it.</summary>
    public const string ShowDraftPattern = @"^entwurf\s+#?(?<id>\d{1,18})\s*$";

    public const string ReturnPattern = @"^entwurf\s+#?(?<id>\d{1,18})\s+(?:zurück|zurueck)\s*:\s*(?<comment>[\s\S]+)$";
}
