using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Language;

namespace NrwBot.Host.Language;

/// <summary>Turns the Azure service's entities into NrwBot's PII entities, key phrases and places.</summary>
internal static class ServiceResults
{
    public static IEnumerable<PiiEntity> Pii(string text, IReadOnlyList<ServiceEntity> entities)
    {
        foreach (var entity in entities)
        {
            if (CategoryOf(entity.Category) is not { } category) continue;
            if (Locate(text, entity) is { } offset) yield return new PiiEntity(category, offset, entity.Text.Length, entity.Text);
        }
    }

    /// <summary>Key phrases that contain personal data ("Frau Müller") are dropped, not redacted.</summary>
    public static IReadOnlyList<string> KeyPhrasesWithout(IReadOnlyList<string> phrases, IReadOnlyList<PiiEntity> pii) => phrases
        .Where(phrase => !pii.Any(entity => phrase.Contains(entity.Text, StringComparison.OrdinalIgnoreCase)
                                         || entity.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
        .ToList();

    /// <summary>The service's locations that the region directory knows, plus the offline recogniser's places.</summary>
    public static IReadOnlyList<PlaceMention> Places(string text, IReadOnlyList<ServiceEntity> entities, IReadOnlyList<PiiEntity> pii, IRegionDirectory regions)
    {
        var places = new PlaceRecognizer(regions).Recognize(text, pii).ToList();
        foreach (var entity in entities.Where(entity => entity.Category == "Location"))
        {
            if (Locate(text, entity) is not { } offset || pii.Any(item => item.Overlaps(offset, entity.Text.Length))) continue;
            if (places.Any(place => place.Overlaps(offset, entity.Text.Length))) continue;
            var found = regions.Find(entity.Text);
            if (found.Count > 0) places.Add(new PlaceMention(entity.Text, offset, entity.Text.Length, found.Select(region => region.Name).ToList()));
        }
        return places.OrderBy(place => place.Offset).ToList();
    }

    private static PiiCategory? CategoryOf(string category) => category switch
    {
        "Person" => PiiCategory.Person,
        "PhoneNumber" => PiiCategory.Phone,
        "Email" => PiiCategory.Email,
        "Address" => PiiCategory.Address,
        "InternationalBankingAccountNumber" => PiiCategory.Iban,
        _ => null,
    };

    // Offsets are requested in UTF-16 code units; should they still not match the text, the entity is searched for.
    private static int? Locate(string text, ServiceEntity entity)
    {
        if (entity.Text.Length == 0) return null;
        if (entity.Offset >= 0 && entity.Offset + entity.Text.Length <= text.Length
            && string.CompareOrdinal(text, entity.Offset, entity.Text, 0, entity.Text.Length) == 0) return entity.Offset;
        var found = text.IndexOf(entity.Text, StringComparison.Ordinal);
        return found >= 0 ? found : null;
    }
}
