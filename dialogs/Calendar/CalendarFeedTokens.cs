using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Calendar;

/// <summary>The secret in a feed address: 32 random bytes, URL-safe (43 characters), unguessable.</summary>
public static partial class CalendarFeedTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool LooksValid(string token) => TokenPattern().IsMatch(token);

    public static string FeedUrl(CalendarOptions options, string token) => options.FeedBaseUrl.TrimEnd('/') + "/calendar/" + token + ".ics";

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenPattern();
}
