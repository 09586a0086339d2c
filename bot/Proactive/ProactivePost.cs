using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Proactive;

/// <summary>What became of a posted card: the result, and the id of the message that now shows it.</summary>
public sealed record ProactivePost(ProactiveResult Result, string? ActivityId);
