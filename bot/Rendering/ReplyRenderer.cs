using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Rendering;

/// <summary>Turns the replies of a turn into Bot Framework activities for the given channel.</summary>
public static class ReplyRenderer
{
    public static IReadOnlyList<IActivity> Render(IReadOnlyList<Reply> replies, string? channelId)
    {
        var cards = ChannelCapabilities.HasCards(channelId);
        var actionNumber = 1;
        var activities = new List<IActivity>(replies.Count);
        foreach (var reply in replies)
        {
            activities.Add(cards && NeedsCard(reply) ? CardActivity(reply) : MessageFactory.Text(TextReplyWriter.Write(reply, ref actionNumber)));
        }
        return activities;
    }

    // A reply of plain text stays a text message even on card channels: lighter, and searchable in Teams.
    private static bool NeedsCard(Reply reply) =>
        reply.Title is not null || reply.Facts.Count > 0 || reply.Actions.Count > 0 || reply.Links.Count > 0
        || reply.Form is not null || reply.Note is not null || reply.ImageUrl is not null;

    private static IActivity CardActivity(Reply reply)
    {
        var attachment = new Attachment { ContentType = AdaptiveCardWriter.ContentType, Content = AdaptiveCardWriter.Write(reply) };
        var activity = MessageFactory.Attachment(attachment);
        // The summary shows in notifications and in clients that cannot draw the card.
        activity.Summary = reply.Title ?? reply.Text;
        return activity;
    }
}
