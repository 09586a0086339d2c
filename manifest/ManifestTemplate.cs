using System.Text.RegularExpressions;

namespace NrwBot.Manifest;

/// <summary>manifest.json is committed with placeholders; packaging puts the configured ids in their place.</summary>
public static partial class ManifestTemplate
{
    public const string AppIdPlaceholder = "{{APP_ID}}";
    public const string BotIdPlaceholder = "{{BOT_ID}}";

    public static string Fill(string manifestText, AppIds ids) => manifestText
        .Replace(AppIdPlaceholder, ids.AppId.ToString("D"), StringComparison.Ordinal)
        .Replace(BotIdPlaceholder, ids.BotId.ToString("D"), StringComparison.Ordinal);

    public static IReadOnlyList<string> PlaceholdersLeft(string text) =>
        Placeholder().Matches(text).Select(match => match.Value).Distinct().ToList();

    [GeneratedRegex(@"\{\{[A-Za-z0-9_]+\}\}")]
    private static partial Regex Placeholder();
}
