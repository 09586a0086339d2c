namespace NrwBot.Host.Proactive;

/// <summary>The "Meine Daten" line for what the host itself keeps about a user (<see cref="ConversationPersonalData"/>).</summary>
public static class HostPrivacyTexts
{
    public static readonly Text HostData = new("**Technisches:** die Adresse dieses Chats (für Nachrichten der LKS), Nachrichten an Sie, die noch zugestellt werden, Ihr Stand in jedem Chat und Kanal, in dem Sie NrwBot ansprechen (z. B. ein begonnenes Formular), die Verknüpfung mit Ihrem Eintrag im Kontaktverzeichnis (falls vorhanden) und NrwBots Antworten der letzten 24 Stunden (damit eine doppelt zugestellte Nachricht nichts zweimal auslöst).");
}
