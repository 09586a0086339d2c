using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Which attachment of a message is a protocol as plain text, and where its bytes are: Teams sends a file from the
/// personal chat as „file download info“ with the short-lived content.downloadUrl and its fileType; Web Chat and the
/// Emulator send text/plain with a contentUrl. Anything else (a PDF, a Word file, an image) is refused by name.
/// </summary>
public static class ProtocolAttachment
{
    public const string PlainText = "text/plain";

    private static readonly string[] TextExtensions = ["txt", "text"];

    /// <summary>The address to download, or the reason this message holds no protocol file.</summary>
    public static (string? Address, Text? Problem) Pick(IReadOnlyList<TurnAttachment> files)
    {
        if (files.Count == 0) return (null, ResultsTexts.NoFile);
        if (files.Count > 1) return (null, ResultsTexts.OneFileOnly);
        var file = files[0];
        if (file.ContentType == TurnAttachment.TeamsFile)
            return IsTextName(file.FileType ?? Path.GetExtension(file.Name ?? "")) && file.DownloadUrl is { Length: > 0 } download
                ? (download, null)
                : (null, ResultsTexts.FileNotText);
        if (file.ContentType.StartsWith(PlainText, StringComparison.OrdinalIgnoreCase) && file.ContentUrl is { Length: > 0 } address) return (address, null);
        return (null, ResultsTexts.FileNotText);
    }

    private static bool IsTextName(string extension) => TextExtensions.Contains(extension.TrimStart('.').ToLowerInvariant());
}
