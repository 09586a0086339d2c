using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Requests;

/// <summary>What became of a card: the result, and the id of the message that now shows it.</summary>
public sealed record CardDelivery(ProactiveResult Result, string? ActivityId);
