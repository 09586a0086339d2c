namespace NrwBot.Dialogs.Profile;

/// <summary>Every sentence of the profile feature, in one place so the LKS can reword it.</summary>
public static class ProfileTexts
{
    public const string Title = "Ihr Profil";
    public const string Intro = "Damit ich Sie mit den richtigen Ansprechpersonen verbinden kann: Wo und in welcher Rolle arbeiten Sie?";
    public const string OfferText = "Darf ich kurz fragen, wo Sie arbeiten? Dann kann ich Ansprechpersonen und Anfragen für Ihre Region vorschlagen. Das dauert nur einen Moment.";
    public const string OfferCreate = "Profil anlegen";
    public const string OfferLater = "Später";
    public const string Later = "Gern, jederzeit mit **Profil**.";
    public const string RegionLabel = "Kreis oder kreisfreie Stadt";
    public const string RegionPrompt = "In welchem Kreis oder welcher kreisfreien Stadt arbeiten Sie? (z. B. *Kreis Düren*, *Dortmund*, *Städteregion Aachen*)";
    public const string RegionPlaceholder = "Kreis oder Stadt wählen";
    public const string RegionUnknown = "„{0}“ kenne ich leider nicht als Kreis oder Stadt in NRW. Bitte nennen Sie einen Kreis oder eine kreisfreie Stadt in NRW, z. B. *Kreis Euskirchen* oder *Hamm*.";
    public const string RegionAmbiguous = "„{0}“ kann mehreres bedeuten: {1}. Bitte schreiben Sie den genauen Namen.";
    public const string RoleLabel = "Rolle";
    public const string RolePlaceholder = "Rolle wählen";
    public const string RolePrompt = "In welcher Rolle arbeiten Sie im Programm?";
    public const string Saved = "Danke, ich habe Ihr Profil gespeichert.";
    public const string Empty = "Sie haben noch kein Profil angelegt.";
    public const string Change = "Profil ändern";
    public const string RegierungsbezirkLabel = "Regierungsbezirk";
    public const string Save = "Speichern";
}
