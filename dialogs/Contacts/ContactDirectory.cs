using System.Globalization;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// The contact directory from the content file <c>contacts/contacts.yml</c> (checked on load): the LKS team by
/// topic, one Mobile Beratung office per Regierungsbezirk and the local offices, with the questions the bot
/// asks of it (who works where, who works on what, nearest first).
/// </summary>
public sealed class ContactDirectory
{
    internal static readonly StringComparer GermanOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), true);

    private ContactDirectory(bool isSampleData, IReadOnlyList<Topic> topics, IReadOnlyList<Contact> contacts)
    {
        IsSampleData = isSampleData;
        Topics = topics;
        Contacts = contacts;
        TopicMatcher = new TopicMatcher(topics);
    }

    /// <summary>True while the file holds invented people; every card then says so.</summary>
    public bool IsSampleData { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<Contact> Contacts { get; }

    public TopicMatcher TopicMatcher { get; }

    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "content", "contacts", "contacts.yml");

    public static ContactDirectory Load(string path, IRegionDirectory regions) => Parse(File.ReadAllText(path), regions, path);

    public static ContactDirectory Parse(string yaml, IRegionDirectory regions, string source = "contacts.yml")
    {
        var (sampleData, topics, contacts) = new ContactsFileReader(regions).Read(yaml, source);
        return new ContactDirectory(sampleData, topics, contacts);
    }

    public Contact? ById(string id) => Contacts.FirstOrDefault(contact => contact.Id == id);

    public Topic? TopicById(string id) => Topics.FirstOrDefault(topic => topic.Id == id);

    public IReadOnlyList<Contact> LocalOffices(Region region) =>
        Contacts.Where(contact => contact.Kind == ContactKind.Local && contact.Region == region).ToList();

    public Contact? MobileBeratung(string regierungsbezirk) =>
        Contacts.FirstOrDefault(contact => contact.Kind == ContactKind.MobileBeratung && contact.Regierungsbezirk == regierungsbezirk);

    public IReadOnlyList<Contact> MobileBeratungen() =>
        Contacts.Where(contact => contact.Kind == ContactKind.MobileBeratung).OrderBy(contact => contact.Regierungsbezirk, GermanOrder).ToList();

    /// <summary>The LKS team, or the LKS people for one topic.</summary>
    public IReadOnlyList<Contact> Lks(Topic? topic = null) =>
        Contacts.Where(contact => contact.Kind == ContactKind.Lks && (topic is null || contact.Covers(topic))).ToList();

    /// <summary>The contacts of a Kreis or kreisfreie Stadt: its local offices and the Mobile Beratung of its Regierungsbezirk.</summary>
    public IReadOnlyList<Contact> ForRegion(Region region) =>
        LocalOffices(region).Concat(OptionalMobileBeratung(region.Regierungsbezirk)).ToList();

    /// <summary>The contacts of a Regierungsbezirk: its local offices (by region) and its Mobile Beratung.</summary>
    public IReadOnlyList<Contact> ForRegierungsbezirk(string regierungsbezirk) =>
        Contacts.Where(contact => contact.Kind == ContactKind.Local && contact.Regierungsbezirk == regierungsbezirk)
            .OrderBy(contact => contact.Region!.Name, GermanOrder).ThenBy(contact => contact.Name, GermanOrder)
            .Concat(OptionalMobileBeratung(regierungsbezirk))
            .ToList();

    /// <summary>
    /// The local offices working on a topic, nearest first as seen from <paramref name="home"/>: the same Kreis or
    /// Stadt, then the same Regierungsbezirk, then the rest of NRW. Without a home, ordered by Regierungsbezirk.
    /// </summary>
    public IReadOnlyList<PeerContact> Peers(Topic topic, Place? home)
    {
        var peers = Contacts.Where(contact => contact.Kind == ContactKind.Local && contact.Covers(topic))
            .Select(contact => new PeerContact(contact, home is null ? null : NearnessOf(contact.Region, contact.Regierungsbezirk, home)));
        return peers
            .OrderBy(peer => peer.Nearness ?? Nearness.ElsewhereInNrw)
            .ThenBy(peer => home is null ? peer.Contact.Regierungsbezirk : "", GermanOrder)
            .ThenBy(peer => peer.Contact.Region!.Name, GermanOrder)
            .ThenBy(peer => peer.Contact.Name, GermanOrder)
            .ToList();
    }

    public Topic? FindTopic(string text) => TopicMatcher.Find(text);

    /// <summary>How near someone in <paramref name="region"/> (of <paramref name="regierungsbezirk"/>) works, seen from <paramref name="home"/>.</summary>
    public static Nearness NearnessOf(Region? region, string? regierungsbezirk, Place home)
    {
        if (home.Region is { } homeRegion && region == homeRegion) return Nearness.SameRegion;
        return regierungsbezirk == home.Regierungsbezirk ? Nearness.SameRegierungsbezirk : Nearness.ElsewhereInNrw;
    }

    private IEnumerable<Contact> OptionalMobileBeratung(string regierungsbezirk) =>
        MobileBeratung(regierungsbezirk) is { } office ? [office] : [];
}
