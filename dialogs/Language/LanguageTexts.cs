namespace NrwBot.Dialogs.Language;

/// <summary>The placeholders that replace personal data in redacted text (read by the LKS and by requesters).</summary>
public static class LanguageTexts
{
    public static readonly Text EmailPlaceholder = new("[E-Mail]");
    public static readonly Text PhonePlaceholder = new("[Telefon]");
    public static readonly Text IbanPlaceholder = new("[IBAN]");
    public static readonly Text AddressPlaceholder = new("[Adresse]");
    public static readonly Text PersonPlaceholder = new("[Name]");
    public static readonly Text OtherPlaceholder = new("[entfernt]");

    public static string Placeholder(PiiCategory category) => (category switch
    {
        PiiCategory.Email => EmailPlaceholder,
        PiiCategory.Phone => PhonePlaceholder,
        PiiCategory.Iban => IbanPlaceholder,
        PiiCategory.Address => AddressPlaceholder,
        PiiCategory.Person => PersonPlaceholder,
        _ => OtherPlaceholder,
    }).German;
}
