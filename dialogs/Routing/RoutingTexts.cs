namespace NrwBot.Dialogs.Routing;

/// <summary>What the router itself says.</summary>
public static class RoutingTexts
{
    public static readonly Text UnknownButton = new("Diese Schaltfläche gehört zu einer älteren Nachricht, die ich nicht mehr zuordnen kann. Schreiben Sie **Hilfe** für einen Überblick.");
    public static readonly Text InvalidButton = new("Diese Schaltfläche hat unvollständige oder ungültige Angaben geschickt. Bitte versuchen Sie es noch einmal oder schreiben Sie **Hilfe**.");
    public static readonly Text EmptyMessage = new("Ihre Nachricht war leer. Schreiben Sie **Hilfe**, wenn Sie sehen möchten, was ich kann.");
    public static readonly Text TooLong = new("Ihre Nachricht ist leider zu lang für mich (höchstens {0} Zeichen). Bitte fassen Sie sie etwas kürzer.");
    /// <summary>An Adaptive Card "Action.Execute" (adaptiveCard/action): NrwBot's cards use submit buttons, so this card is not one of them or is outdated.</summary>
    public static readonly Text CardActionUnsupported = new("Diese Schaltfläche kann ich nicht ausführen – die Karte ist veraltet oder stammt nicht von mir. Schreiben Sie mir einfach, was Sie brauchen, oder **Hilfe**.");
    public static readonly Text Error = new("Entschuldigung, da ist bei mir etwas schiefgegangen. Bitte versuchen Sie es noch einmal. Wenn es wieder passiert, schreiben Sie **Hilfe** oder wenden Sie sich an die LKS.");
}
