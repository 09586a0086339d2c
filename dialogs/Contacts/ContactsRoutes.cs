using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Contacts;

/// <summary>Adds the contacts feature to the route table: its button verbs, then its topic patterns in <see cref="ContactsPatterns.InOrder"/> (the order within the topic rank).</summary>
public static class ContactsRoutes
{
    public static RouteTable AddContacts(this RouteTable routes, ContactsFeature contacts)
    {
        routes
            .Verb(ContactsFeature.PlaceVerb, contacts.OnPlaceChosenAsync)
            .Verb(ContactsFeature.CardVerb, contacts.ShowCardAsync)
            .Verb(ContactsFeature.PeersVerb, contacts.OnPeersTopicAsync)
            .Verb(ContactsFeature.LksVerb, contacts.ShowLksAsync);
        foreach (var (intent, pattern) in ContactsPatterns.InOrder) routes.Pattern(pattern, HandlerFor(contacts, intent), RouteRank.Topic);
        return routes;
    }

    private static PatternHandler HandlerFor(ContactsFeature contacts, ContactIntent intent) => intent switch
    {
        ContactIntent.ContactList => contacts.ContactListAsync,
        ContactIntent.MobileBeratung => contacts.MobileBeratungAsync,
        ContactIntent.MyContact => contacts.MyContactAsync,
        ContactIntent.Peers => contacts.PeersAsync,
        _ => contacts.PlaceContactAsync,
    };
}
