using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Contacts;

/// <summary>Adds the contacts feature to the route table: its button verbs, then its topic patterns in <see cref="ContactsPatterns.InOrder"/> (the order within the topic rank).</summary>
public static class ContactsRoutes
{
    public static RouteTable AddContacts(this RouteTable routes, ContactsFeature contacts)
    {
        routes
            .Action<ChoosePlace>(contacts.OnPlaceChosenAsync)
            .Action<ShowContact>(contacts.ShowCardAsync)
            .Action<ShowPeers>(contacts.OnPeersTopicAsync)
            .Action<ShowLksContact>(contacts.ShowLksAsync);
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
