using System.Globalization;
using System.Text;

namespace NrwBot.Dialogs.Places;

/// <summary>Folds a place name for comparison: case, umlauts (ä = ae), ß = ss, dashes and extra spaces.</summary>
public static class PlaceNames
{
    public static string Fold(string name)
    {
        var lower = name.Trim().ToLower(CultureInfo.GetCultureInfo("de-DE"));
        var builder = new StringBuilder(lower.Length + 4);
        foreach (var character in lower)
        {
            builder.Append(character switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                '-' or '–' or '.' or ',' => " ",
                _ => character.ToString(),
            });
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
