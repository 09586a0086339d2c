using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Contacts;

namespace NrwBot.Dialogs.Lks;

/// <summary>Finds the LKS person for a topic from the contact directory.</summary>
public sealed class LksContacts(ContactDirectory directory) : ILksContacts
{
    private readonly ContactCards _cards = new(directory);

    public IReadOnlyList<Contact> For(string? topicOrText) =>
        LksTopic(topicOrText) is { } topic ? directory.Lks(topic) : directory.Lks();

    public Reply OfferHuman(string? topicOrText)
    {
        if (LksTopic(topicOrText) is { } topic && directory.Lks(topic) is [var person, ..])
            return _cards.Card(person, text: string.Format(ContactsTexts.HumanForTopic, topic.Name)) with { Title = ContactsTexts.HumanTitle + ": " + person.Name };
        return _cards.LksTeam(ContactsTexts.HumanGeneral) with { Title = ContactsTexts.HumanTitle };
    }

    private Topic? LksTopic(string? topicOrText)
    {
        if (string.IsNullOrWhiteSpace(topicOrText)) return null;
        var topic = directory.TopicById(topicOrText) ?? directory.FindTopic(topicOrText);
        return topic is { Area: TopicArea.Lks } ? topic : null;
    }
}
