using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Language;

/// <summary>
/// Finds personal data with patterns for the formats staff actually write: e-mail addresses, German and
/// international phone numbers, IBANs, postal addresses ("Musterstraße 12, 52349 Düren") and names after
/// Herr/Frau/Dr./Prof. or in a signature. Tuned against tests/data/redaction-set.jsonl: dates, amounts,
/// paragraph signs, request numbers and place names on their own must stay.
/// </summary>
public static partial class PiiRecognizer
{
    // The shortest IBAN (Norway) has 15 characters; shorter matches are product codes and the like.
    private const int ShortestIban = 15;
    // IBANs are mostly digits (Dutch ones have the fewest: 12); this keeps "kw14 2026 fort"-like runs out.
    private const int FewestIbanDigits = 10;
    private const int FewestPhoneDigits = 6;

    public static IReadOnlyList<PiiEntity> Recognize(string text)
    {
        var found = new List<PiiEntity>();
        Add(found, text, EmailPattern(), PiiCategory.Email);
        Add(found, text, IbanPattern(), PiiCategory.Iban, match => match.Value.Count(char.IsLetterOrDigit) >= ShortestIban && match.Value.Count(char.IsDigit) >= FewestIbanDigits);
        Add(found, text, AddressPattern(), PiiCategory.Address);
        Add(found, text, PostboxPattern(), PiiCategory.Address);
        Add(found, text, PhonePattern(), PiiCategory.Phone, match => match.Value.Count(char.IsDigit) >= FewestPhoneDigits);
        Add(found, text, LabelledPhonePattern(), PiiCategory.Phone, match => match.Value.Count(char.IsDigit) >= 5);
        Add(found, text, TitledNamePattern(), PiiCategory.Person);
        Add(found, text, SignatureNamePattern(), PiiCategory.Person);
        Add(found, text, IntroducedNamePattern(), PiiCategory.Person);
        return PiiEntities.Merge(found, text);
    }

    private static void Add(List<PiiEntity> found, string text, Regex pattern, PiiCategory category, Func<Match, bool>? accept = null)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var group = match.Groups["pii"].Success ? match.Groups["pii"] : match.Groups[0];
            var value = group.Value.TrimEnd();
            if (value.Length == 0 || (accept is not null && !accept(match))) continue;
            found.Add(new PiiEntity(category, group.Index, value.Length, value));
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex IbanPattern();

    // +49 221 1234567, 0049 2331 207-3456, +49 (0)211 837-1234, +49 (221) 123456, +31 20 1234567 and national numbers with an
    // area code: 0221 123456, 02421 22-1234, (02251) 15-432, 0151/23456789, 0221 / 98 76 54. The area code needs
    // three digits or more, so dates (05.06.), shares (0,5) and file numbers (2026/0815) do not match.
    [GeneratedRegex(@"(?<![\p{L}\p{N}+/.,])(?:(?:\+|00)\d{1,3}[ -]?(?:\(0\)[ ]?)?\(?[1-9]\d{0,4}\)?(?:(?: ?[/-] ?| )\d{2,}){0,4}|\(?0[1-9]\d{1,4}\)?(?:(?: ?[/-] ?| )\d{2,}){1,4}|0[1-9]\d{7,12})(?![\p{L}\p{N}])")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b(?:Tel|Telefon|Fax|Mobil|Handy|Rufnummer|Durchwahl|Tel\.-Nr)\b\.?:?[ ]{0,3}(?<pii>\+?\(?\d[\d ()/-]{3,}\d)")]
    private static partial Regex LabelledPhonePattern();

    [GeneratedRegex(@"(?<pii>(?:(?:(?<![\p{L}-])(?-i:\p{Lu})[\p{L}-]*?(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|pfad|wall|graben|steig))|(?:(?-i:\p{Lu})\p{L}+(?:er|e|es) (?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt|wall|graben)))[ ]\d{1,3}(?: ?[a-z])?(?![\p{L}\p{N}])(?: ?[-/] ?\d{1,3}[a-z]?)?(?:,? ?\d{5} (?-i:\p{Lu})[\p{L}-]+(?: (?:an der|am|im|in der|bei) (?-i:\p{Lu})[\p{L}-]+)?)?|(?-i:Am|An der|An den|Auf dem|Auf der|Im|In der|Zum|Zur|Hinter der|Unter den) (?-i:\p{Lu})[\p{L}-]+ \d{1,3}(?: ?[a-z])?,? ?\d{5} (?-i:\p{Lu})[\p{L}-]+(?: (?:an der|am|im|in der|bei) (?-i:\p{Lu})[\p{L}-]+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"Postfach \d[\d ]{1,10}\d,? ?\d{5} \p{Lu}[\p{L}-]+")]
    private static partial Regex PostboxPattern();

    // A role between title and name ("Frau Bürgermeisterin Kaya") is skipped; a role alone ("Frau Ministerin") is no name.
    [GeneratedRegex(@"\b(?:Herrn?|Frau|Hr\.|Fr\.|Dr\.|Prof\.)(?: (?:Dr\.|Prof\.|med\.|phil\.|rer\. ?nat\.|h\. ?c\.|Ing\.))*(?: (?:" + Roles + @"))?[ ]+(?!(?:" + Roles + @")\b)(?<pii>(?:(?:von der|van der|von|van|de|zu|ter) )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?!(?:" + Roles + @")\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)")]
    private static partial Regex TitledNamePattern();

    [GeneratedRegex(@"\b(?:Grüße|Grüßen|Gruß)[,!]?[ \t]*\r?\n?[ \t]*(?!(?:Ihr|Ihre|Euer|Eure|Das|Die|Team)\b)(?<pii>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:$|[\r\n,.(]))", RegexOptions.Multiline)]
    private static partial Regex SignatureNamePattern();

    [GeneratedRegex(@"\b(?:[Mm]ein Name ist|[Ii]ch heiße)[ ]+(?<pii>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)")]
    private static partial Regex IntroducedNamePattern();

    private const string Roles =
        "Bürgermeisterin|Bürgermeister|Oberbürgermeisterin|Oberbürgermeister|Ministerin|Minister|Landrätin|Landrat|" +
        "Kollegin|Kollege|Beigeordnete|Beigeordneter|Dezernentin|Dezernent|Abgeordnete|Abgeordneter|Pfarrerin|Pfarrer|" +
        "Direktorin|Direktor|Präsidentin|Präsident|Vorsitzende|Vorsitzender|Staatssekretärin|Staatssekretär|Doktor|" +
        "Professorin|Professor|Kreisdirektorin|Kreisdirektor|Stadträtin|Stadtrat";
}
