using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// Which addresses a material may point to: absolute https addresses of at most <see cref="MaxLength"/> characters,
/// without user name or password in them (a SharePoint, OneDrive or Teams file link, or any https page). Anything
/// else (http, javascript:, data:, file:) is refused with the reason.
/// </summary>
public static class MaterialLinks
{
    public const int MaxLength = 1000;

    /// <summary>The content type Teams gives a file a user attached in the personal chat (its contentUrl is the file's SharePoint/OneDrive address).</summary>
    public const string TeamsFileContentType = TurnAttachment.TeamsFile;

    /// <summary>The checked address, or the reason it is refused.</summary>
    public static (string? Link, Text? Problem) Check(string raw)
    {
        var text = raw.Trim();
        if (text.Length > MaxLength) return (null, MaterialsTexts.LinkTooLong);
        if (text.Any(char.IsWhiteSpace)) return (null, MaterialsTexts.LinkInvalid);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return (null, MaterialsTexts.LinkInvalid);
        if (uri.Scheme != Uri.UriSchemeHttps) return (null, uri.Scheme == Uri.UriSchemeHttp ? MaterialsTexts.LinkNotHttps : MaterialsTexts.LinkScheme);
        if (uri.UserInfo.Length > 0 || uri.Host.Length == 0) return (null, MaterialsTexts.LinkInvalid);
        return (uri.AbsoluteUri, null);
    }

    /// <summary>
    /// The link of a file attached to this message: Teams sends it as „file download info“ whose contentUrl is the
    /// file in the user's OneDrive. The short-lived download address in its content is never kept. Null when the
    /// message has no attachment; a problem when it has one of another kind (an image pasted into the chat, a card).
    /// </summary>
    public static (string? Link, Text? Problem) FromAttachments(IReadOnlyList<TurnAttachment> attachments)
    {
        var relevant = attachments.Where(attachment => attachment.ContentType != "text/html").ToList();
        if (relevant.Count == 0) return (null, null);
        var file = relevant.FirstOrDefault(attachment => attachment.ContentType == TeamsFileContentType && attachment.ContentUrl is { Length: > 0 });
        // Teams writes the OneDrive path as it is („Microsoft Teams Chat Files“): its spaces are encoded, not refused.
        return file is null ? (null, MaterialsTexts.AttachmentNotAFile) : Check(file.ContentUrl!.Replace(" ", "%20", StringComparison.Ordinal));
    }
}
