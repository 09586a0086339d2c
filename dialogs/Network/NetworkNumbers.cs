using System.Globalization;
using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Network;

/// <summary>The numbers users see and type: „N7“ for a question, „A12“ for an answer.</summary>
public static partial class NetworkNumbers
{
    public static string Question(long id) => "N" + id.ToString(CultureInfo.InvariantCulture);

    public static string Answer(long id) => "A" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id in „N7“ or „7“ (for <paramref name="prefix"/> 'N'); null for anything else.</summary>
    public static long? Parse(string? text, char prefix)
    {
        if (text is null) return null;
        var match = NumberPattern().Match(text.Trim());
        if (!match.Success) return null;
        if (match.Groups["prefix"].Success && char.ToUpperInvariant(match.Groups["prefix"].Value[0]) != prefix) return null;
        return long.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    [GeneratedRegex(@"^(?<prefix>[NnAa])?(?<id>\d{1,12})$")]
    private static partial Regex NumberPattern();
}
