using NrwBot.Dialogs.Conversation;

namespace NrwBot.Tests.Requests;

/// <summary>Everything a reader sees of a channel-neutral reply, as one string.</summary>
public static class ReplyText
{
    public static string Of(Reply reply) => string.Join("\n", new[] { reply.Title, reply.Text, reply.Note }
        .Concat(reply.Facts.Select(fact => fact.Label + ": " + fact.Value))
        .Concat(reply.Actions.Select(action => action.Label))
        .Where(part => !string.IsNullOrEmpty(part)));

    public static IReadOnlyList<string> Verbs(Reply reply) => reply.Actions.Select(action => action.Verb).ToList();
}
