namespace NrwBot.Dialogs.Calendar;

/// <summary>German month names ("Januar", "Jan", "Jänner", "maerz") to numbers, for "Termine im Januar".</summary>
public static class CalendarMonths
{
    public static readonly string[] Names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly Dictionary<string, int> Words = Build();

    public static int? Find(string word) => Words.TryGetValue(word.Trim().ToLowerInvariant(), out var month) ? month : null;

    /// <summary>The month asked for: this year's while it is not over, otherwise next year's.</summary>
    public static (int Year, int Month) Next(int month, DateOnly today) => month >= today.Month ? (today.Year, month) : (today.Year + 1, month);

    private static Dictionary<string, int> Build()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < Names.Length; index++)
        {
            var name = Names[index].ToLowerInvariant();
            words[name] = index + 1;
            words[name[..3]] = index + 1;
        }
        words["maerz"] = 3;
        words["jänner"] = 1;
        words["sept"] = 9;
        return words;
    }
}
