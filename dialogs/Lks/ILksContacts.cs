using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Contacts;

namespace NrwBot.Dialogs.Lks;

/// <summary>The LKS people behind a topic, for features that hand over to a human (a knowledge answer, a request).</summary>
public interface ILksContacts
{
    /// <summary>The LKS people for a topic id or a question's text; the whole team when no LKS topic is recognised.</summary>
    IReadOnlyList<Contact> For(string? topicOrText);

    /// <summary>The LKS person responsible for a recognised LKS topic (the first named for it); null when no LKS topic fits.</summary>
    Contact? Responsible(string? topicOrText);

    /// <summary>A ready reply: the responsible person's card, or the team as buttons when the topic is unclear.</summary>
    Reply OfferHuman(string? topicOrText);
}
