using System.Globalization;
using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// What a results search asks for: the words to look for and, when the question names one („… 2007 …“), the year
/// of the meetings. The words that only say „results of the network“ are taken out, so they do not count as topic.
/// </summary>
public sealed partial record ResultsQuery(string Words, int? Year)
{
    public static ResultsQuery Read(string text)
    {
        var year = YearNumber().Match(text);
        var words = year.Success ? text.Remove(year.Index, year.Length) : text;
        words = CueWords().Replace(words, " ");
        words = Spaces().Replace(words, " ").Trim(' ', '?', '!', '.', ',', ':', '„', '“', '"');
        return new ResultsQuery(words, year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture) : null);
    }

    [GeneratedRegex(@"\b(19[89]\d|20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearNumber();

    // The question's frame („Was hat das Netzwerk … festgehalten?“); the topic is what remains.
    [GeneratedRegex(@"\b(was|welche[nrs]?|hat|haben|hatte|hatten|das|die|der|den|im|in|zu[mr]?|zu|über|zum\s+thema|thema|netzwerk(es|s)?|netzwerktreffen[s]?|treffen[s]?|arbeitsgruppen?|ags?|festgehalten|protokolliert|besprochen|erarbeitet|beschlossen|gesammelt|ergebnisse?n?|jahr|seit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CueWords();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
