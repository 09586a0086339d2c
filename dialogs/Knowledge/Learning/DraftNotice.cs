using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>
/// Who hears of a new draft and what they read. The drafts store writes the message with the draft, in its
/// transaction, to each of <paramref name="RecipientKeys"/> the bot has a conversation with — and only when the
/// draft is new, so a repeated or redelivered save announces nothing twice. <paramref name="Message"/> gets the
/// stored draft (its number is known only then).
/// </summary>
public sealed record DraftNotice(IReadOnlyList<string> RecipientKeys, Func<KnowledgeDraft, Reply> Message);
