namespace NrwBot.Dialogs.Language;

/// <summary>The placeholders that replace personal data in redacted text (read by the LKS and by requesters).</summary>
public static class LanguageTexts
{
    public static string Placeholder(PiiCategory category) => category switch
    {
        PiiCategory.Email => "[E-Mail]",
        PiiCategory.Phone => "[Telefon]",
        PiiCategory.Iban => "[IBAN]",
        PiiCategory.Address => "[Adresse]",
        PiiCategory.Person => "[Name]",
        _ => "[entfernt]",
    };
}
