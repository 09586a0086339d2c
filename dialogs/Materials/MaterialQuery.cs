using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// What a search asks for: filters read from the words (kind, topic, Kreis/Stadt or Regierungsbezirk by the
/// gazetteer, year) and the rest as free text for the German search. „Handlungskonzept Schule Regierungsbezirk
/// Arnsberg“ = kind Handlungskonzept, topic Schule, Regierungsbezirk Arnsberg, no free text.
/// </summary>
public sealed record MaterialQuery(MaterialKind? Kind, Topic? Topic, Region? Region, string? Regierungsbezirk, int? Year, string FreeText)
{
    private static readonly Regex YearPattern = new(@"\b(19[89]\d|20\d\d)\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Words of a search sentence that carry no subject („Gibt es ein Beispiel für …“).</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "material", "materialien", "suchen", "suche", "finde", "finden", "gibt", "es", "ein", "eine", "einen", "beispiel", "beispiele",
        "fur", "fuer", "zu", "zum", "zur", "mit", "aus", "im", "in", "von", "dem", "der", "die", "das", "den", "des", "wer", "hat", "schon",
        "bereits", "habt", "ihr", "haben", "sie", "jemand", "handlungsfeld", "thema", "themen", "jahr", "regierungsbezirk", "kreis", "stadt",
        "und", "oder", "auch", "mal", "bitte", "welche", "welches", "was", "muster", "teilen", "uns",
    };

    public bool HasFilter => Kind is not null || Topic is not null || Region is not null || Regierungsbezirk is not null || Year is not null;

    public static MaterialQuery Read(string text, PlaceFinder places, MaterialTopics topics)
    {
        var rest = text;
        int? year = null;
        if (YearPattern.Match(rest) is { Success: true } yearMatch)
        {
            year = int.Parse(yearMatch.Value, CultureInfo.InvariantCulture);
            rest = rest.Remove(yearMatch.Index, yearMatch.Length);
        }
        Region? region = null;
        string? bezirk = null;
        if (places.Recognize(rest) is { Place: { } place } match)
        {
            if (place.Kind == PlaceKind.Regierungsbezirk) bezirk = place.Regierungsbezirk;
            else region = place.Region;
            rest = rest.Remove(match.Offset, match.Length);
        }
        var words = GermanText.Words(rest).ToList();
        MaterialKind? kind = null;
        foreach (var word in words.ToList())
        {
            if (MaterialKinds.OfWord(GermanText.Fold(word)) is not { } named || kind is not null) continue;
            kind = named;
            words.Remove(word);
        }
        var topic = topics.FindIn(string.Join(' ', words));
        if (topic is not null) words = words.Where(word => topics.FindIn(word)?.Id != topic.Id).ToList();
        var free = string.Join(' ', words.Where(word => !Filler.Contains(GermanText.Fold(word))));
        return new MaterialQuery(kind, topic, region, bezirk, year, free);
    }

    /// <summary>A material is about a topic it was not filed under when its title, tags or description name it (a keyword, folded).</summary>
    private static bool Mentions(Material material, Topic topic)
    {
        var text = " " + GermanText.FoldText(string.Join(" ", [material.Title, .. material.Tags, material.Description])) + " ";
        return topic.Keywords.Select(GermanText.FoldText).Any(keyword => keyword.Length > 0 && text.Contains(" " + keyword, StringComparison.Ordinal));
    }

    /// <summary>Whether a material passes the filters; the Regierungsbezirk of its office comes from the gazetteer.</summary>
    public bool Admits(Material material, IRegionDirectory regions) =>
        (Kind is null || material.Kind == Kind)
        && (Topic is null || material.TopicIds.Contains(Topic.Id) || Mentions(material, Topic))
        && (Region is null || material.Region == Region.Name)
        && (Regierungsbezirk is null || regions.ByName(material.Region)?.Regierungsbezirk == Regierungsbezirk)
        && (Year is null || material.Year == Year);
}
