using Microsoft.Bot.Schema;

namespace NrwBot.Tests.Requests;

/// <summary>One call the bot made to the fake Teams: method, conversation, message id, and the activity (none for GET).</summary>
public sealed record ChannelCall(string Method, string ConversationId, string? ActivityId, Activity? Activity);
