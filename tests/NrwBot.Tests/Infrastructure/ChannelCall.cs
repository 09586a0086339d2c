using Microsoft.Bot.Schema;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// One activity the bot sent to the channel: a new message ("POST", with the id the channel gave it and the
/// id it replies to, if any) or a replaced one ("PUT", with the id it replaced).
/// </summary>
public sealed record ChannelCall(string Method, string ConversationId, string ActivityId, string? ReplyToId, Activity Activity);
