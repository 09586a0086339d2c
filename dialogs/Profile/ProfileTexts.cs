namespace NrwBot.Dialogs.Profile;

/// <summary>Every sentence of the profile feature, in one place so the LKS can reword it.</summary>
public static class ProfileTexts
{
    public static readonly Text Title = new("Ihr Profil");
    public static readonly Text Intro = new("Damit ich Sie mit den richtigen Ansprechpersonen verbinden kann: Wo und in welcher Rolle arbeiten Sie?");
    public static readonly Text OfferText = new("Darf ich kurz fragen, wo Sie arbeiten? Dann kann ich Ansprechpersonen und Anfragen für Ihre Region vorschlagen. Das dauert nur einen Moment.");
    public static readonly Text OfferCreate = new("Profil anlegen");
    public static readonly Text OfferLater = new("Später");
    public static readonly Text Later = new("Gern, jederzeit mit **Profil**.");
    public static readonly Text RegionLabel = new("Kreis oder kreisfreie Stadt");
    public static readonly Text RegionPrompt = new("In welchem Kreis oder welcher kreisfreien Stadt arbeiten Sie? (z. B. *Kreis Düren*, *Dortmund*, *Städteregion Aachen*)");
    public static readonly Text RegionPlaceholder = new("Kreis oder Stadt wählen");
    public static readonly Text RegionUnknown = new("„{0}“ kenne ich leider nicht als Kreis oder Stadt in NRW. Bitte nennen Sie einen Kreis oder eine kreisfreie Stadt in NRW, z. B. *Kreis Euskirchen* oder *Hamm*.");
    public static readonly Text RegionAmbiguous = new("„{0}“ kann mehreres bedeuten: {1}. Bitte schreiben Sie den genauen Namen.");
    public static readonly Text RoleLabel = new("Rolle");
    public static readonly Text RolePlaceholder = new("Rolle wählen");
    public static readonly Text RoleFachkraft = new("Fachkraft in einem lokalen Büro");
    public static readonly Text RoleTraeger = new("Träger");
    public static readonly Text RoleVerwaltung = new("Kommunalverwaltung");
    public static readonly Text RoleLks = new("LKS");
    public static readonly Text RoleOther = new("Sonstiges");
    public static readonly Text RolePrompt = new("In welcher Rolle arbeiten Sie im Programm?");
    public static readonly Text Saved = new("Danke, ich habe Ihr Profil gespeichert.");
    public static readonly Text Empty = new("Sie haben noch kein Profil angelegt.");
    public static readonly Text Change = new("Profil ändern");
    public static readonly Text RegierungsbezirkLabel = new("Regierungsbezirk");
    public static readonly Text Save = new("Speichern");
}
