using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>Reads the urgency a user states in their own words ("dringend", "bis Freitag", "asap").</summary>
public static partial class UrgencyWords
{
    public static Urgency Detect(string text) => Urgent().IsMatch(text) ? Urgency.Urgent : Urgency.Normal;

    [GeneratedRegex(@"\b(?:dringend\w*|eilig\w*|eilt|sofort|schnellstmöglich|schnellstens|kurzfristig\w*|umgehend|asap|urgent\w*|as\s+soon\s+as\s+possible|bis\s+(?:morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Urgent();
}
