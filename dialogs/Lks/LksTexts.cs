using NrwBot.Dialogs.Texts;

namespace NrwBot.Dialogs.Lks;

/// <summary>What every LKS view and command says when the one LKS check says no; each feature words "not LKS" itself.</summary>
public static class LksTexts
{
    public static readonly Text NotHere = new(
        "Anfragen, die Warteschlange und den Digest zeige ich der LKS nur im persönlichen Chat mit NrwBot oder in den Kanälen des LKS-Teams, nicht hier, wo andere mitlesen. Schreiben Sie mir bitte dort.",
        "I show requests, the queue and the digest to the LKS only in the personal chat with NrwBot or in the LKS team's channels, not here where others read along. Please write to me there.");
}
