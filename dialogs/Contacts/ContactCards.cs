using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// The replies that show contacts: one card per person (facts plus buttons for Teams chat, e-mail and phone;
/// on text channels the host prints the same facts and links), and compact lists with an "E-Mail an alle".
/// </summary>
public sealed class ContactCards(ContactDirectory directory)
{
    /// <summary>Teams shows only a handful of buttons per card; more are cut off on phones.</summary>
    public const int MaxButtons = 6;

    public Reply Card(Contact contact, Nearness? nearness = null, string? text = null)
    {
        var facts = new List<ReplyFact>
        {
            new(ContactsTexts.RoleLabel.German, contact.Role),
            new(ContactsTexts.OrganisationLabel.German, contact.Organisation),
            new(ContactsTexts.RegionLabel.German, RegionOf(contact)),
        };
        if (contact.Topics.Count > 0) facts.Add(new(ContactsTexts.TopicsLabel.German, string.Join(", ", contact.Topics.Select(topic => topic.Name))));
        facts.Add(new(ContactsTexts.EmailLabel.German, contact.Email));
        if (contact.Phone is not null) facts.Add(new(ContactsTexts.PhoneLabel.German, contact.Phone));
        if (nearness is { } near) facts.Add(new(ContactsTexts.NearnessLabel.German, Describe(near, contact)));
        return new Reply
        {
            Title = contact.Name,
            Text = text,
            Facts = facts,
            Links = LinksOf(contact),
            Note = directory.IsSampleData ? ContactsTexts.SampleNote.German : null,
        };
    }

    /// <summary>A list of contacts as one message: a line each, a card button each (up to the limit), and "E-Mail an alle".</summary>
    public Reply List(string title, string? intro, IReadOnlyList<Contact> contacts, IReadOnlyList<ReplyAction>? extraActions = null)
    {
        var lines = contacts.Select(contact => ContactsTexts.ListLine.Format(contact.Name, contact.Role, contact.Organisation,
            RegionOf(contact), contact.Email, contact.Phone is null ? "" : ContactsTexts.ListPhone.Format(contact.Phone)));
        return new Reply
        {
            Title = title,
            Text = string.Join("\n\n", new[] { intro, string.Join("\n", lines) }.Where(part => !string.IsNullOrEmpty(part))),
            Links = contacts.Count > 1 ? [EmailAll(contacts)] : contacts.Count == 1 ? LinksOf(contacts[0]) : [],
            Actions = CardButtons(contacts).Concat(extraActions ?? []).Take(MaxButtons).ToList(),
            Note = directory.IsSampleData && contacts.Count > 0 ? ContactsTexts.SampleListNote.German : null,
        };
    }

    /// <summary>The LKS team as buttons, one per work area; each shows who handles it.</summary>
    public Reply LksTeam(string text) => new()
    {
        Title = ContactsTexts.LksTitle.German,
        Text = text,
        Actions = directory.Topics.Where(topic => topic.Area == TopicArea.Lks).Take(MaxButtons)
            .Select(topic => CardActions.Button(ContactsTexts.LksButton.Format(topic.Name), new ShowLksContact(topic.Id)))
            .ToList(),
    };

    public IEnumerable<ReplyAction> CardButtons(IEnumerable<Contact> contacts) =>
        contacts.Select(contact => CardActions.Button(contact.Name, new ShowContact(contact.Id)));

    /// <summary>One mailto: link with every address, the distribution list the offices asked for.</summary>
    public static ReplyLink EmailAll(IEnumerable<Contact> contacts) => EmailAll(contacts.Select(contact => contact.Email));

    public static ReplyLink EmailAll(IEnumerable<string> addresses) =>
        new(ContactsTexts.EmailAll.German, "mailto:" + string.Join(",", addresses.Distinct(StringComparer.OrdinalIgnoreCase)));

    public static IReadOnlyList<ReplyLink> LinksOf(Contact contact)
    {
        var links = new List<ReplyLink>();
        if (contact.TeamsUpn is { } upn) links.Add(new(ContactsTexts.TeamsChat.German, TeamsChatUrl(upn)));
        links.Add(new(ContactsTexts.EmailLink.German, "mailto:" + contact.Email));
        if (contact.Phone is { } phone) links.Add(new(ContactsTexts.PhoneLink.German, "tel:" + new string(phone.Where(character => char.IsDigit(character) || character == '+').ToArray())));
        return links;
    }

    /// <summary>The Teams deep link that opens a 1:1 chat with the user (the '@' stays readable, as Teams documents it).</summary>
    public static string TeamsChatUrl(string upn) =>
        "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(upn).Replace("%40", "@", StringComparison.Ordinal);

    public static string RegionOf(Contact contact) => contact.Kind switch
    {
        ContactKind.Local => contact.Region!.Name,
        ContactKind.MobileBeratung => ContactsTexts.RegierungsbezirkName.Format(contact.Regierungsbezirk),
        _ => ContactsTexts.WholeNrw.German,
    };

    public static string Describe(Nearness nearness, Contact contact) => nearness switch
    {
        Nearness.SameRegion => contact.Region?.Kind == RegionKind.KreisfreieStadt ? ContactsTexts.SameStadt.German : ContactsTexts.SameKreis.German,
        Nearness.SameRegierungsbezirk => ContactsTexts.SameBezirk.Format(contact.Regierungsbezirk),
        _ => ContactsTexts.OtherBezirk.Format(contact.Regierungsbezirk),
    };
}
