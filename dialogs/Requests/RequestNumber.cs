using System.Globalization;
using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Requests;

/// <summary>
/// The number users and the LKS quote: "UB-2026-0042" (Unterstützungsbedarf, year, running number per year).
/// In chat "#42" is enough; it means the newest request with that running number.
/// </summary>
public readonly partial record struct RequestNumber(int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"UB-{Year}-{Sequence:D4}");

    public string Short => "#" + Sequence.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out RequestNumber number)
    {
        number = default;
        var match = text is null ? null : FullNumber().Match(text.Trim());
        if (match is not { Success: true }) return false;
        number = new RequestNumber(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return number.Sequence > 0;
    }

    [GeneratedRegex(@"^UB-(\d{4})-(\d{1,6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullNumber();
}
