using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Contacts;

namespace NrwBot.Dialogs.Lks;

/// <summary>Finds the LKS person for a topic from the contact directory.</summary>
public sealed class LksContacts(ContactDirectory directory) : ILksContacts
{
    private readonly ContactCards _cards = new(directory);

    public IReadOnlyList<Contact> For(string? topicOrText) =>
        LksTopic(topicOrText) is { } topic ? directory.Lks(topic) : directory.Lks();

    public Contact? Responsible(string? topicOrText) =>
        LksTopic(topicOrText) is { } topic && directory.Lks(topic) is [var person, ..] ? person : null;

    public Reply OfferHuman(string? topicOrText)
    {
        if (LksTopic(topicOrText) is { } topic && directory.Lks(topic) is [var person, ..])
            return _cards.Card(person, text: ContactsTexts.HumanForTopic.Format(topic.Name)) with { Title = ContactsTexts.HumanTitle.German + ": " + person.Name };
        return _cards.LksTeam(ContactsTexts.HumanGeneral.German) with { Title = ContactsTexts.HumanTitle.German };
    }

    private Topic? LksTopic(string? topicOrText)
    {
        if (string.IsNullOrWhiteSpace(topicOrText)) return null;
        var topic = directory.TopicById(topicOrText) ?? directory.FindTopic(topicOrText);
        return topic is { Area: TopicArea.Lks } ? topic : null;
    }
}
