using System.Text;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Rendering;

/// <summary>
/// Writes a <see cref="Reply"/> as readable Markdown for channels without cards: buttons become numbered
/// choices (numbered across the turn, so "2" always means the second button the user saw).
/// </summary>
public static class TextReplyWriter
{
    public static string Write(Reply reply, ref int actionNumber)
    {
        var text = new StringBuilder();
        if (reply.Title is not null) text.Append("**").Append(reply.Title).Append("**\n\n");
        if (reply.Text is not null) text.Append(reply.Text).Append("\n\n");
        foreach (var fact in reply.Facts) text.Append("- ").Append(fact.Label).Append(": ").Append(fact.Value).Append('\n');
        if (reply.Facts.Count > 0) text.Append('\n');
        if (reply.ImageUrl is { } image && image.StartsWith("http", StringComparison.Ordinal)) text.Append("Grafik: ").Append(image).Append("\n\n");
        foreach (var action in reply.Actions) text.Append(actionNumber++).Append(". ").Append(action.Label).Append('\n');
        if (reply.Actions.Count > 0) text.Append('\n');
        foreach (var link in reply.Links) text.Append("- ").Append(link.Label).Append(": ").Append(LinkTarget(link.Url)).Append('\n');
        if (reply.Links.Count > 0) text.Append('\n');
        if (reply.Note is not null) text.Append('_').Append(reply.Note).Append('_');
        return text.ToString().TrimEnd();
    }

    private static string LinkTarget(string url) =>
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..]
        : url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? url["tel:".Length..]
        : url;
}
