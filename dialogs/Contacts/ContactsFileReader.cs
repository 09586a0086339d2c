using System.Text.RegularExpressions;
using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// Reads and checks <c>contacts.yml</c>. Every problem is collected and reported together, in German, so the
/// LKS can fix the file in one go; a file with problems never reaches the users.
/// </summary>
internal sealed partial class ContactsFileReader(IRegionDirectory regions)
{
    private static readonly string[] Bezirke = ["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"];
    private readonly List<string> _problems = [];

    public (bool SampleData, List<Topic> Topics, List<Contact> Contacts) Read(string yaml, string source)
    {
        ContactsFile file;
        try
        {
            file = new DeserializerBuilder().Build().Deserialize<ContactsFile?>(yaml) ?? new ContactsFile();
        }
        catch (YamlException error)
        {
            throw new ContentException(ContentTexts.Contacts, [new ContentProblem(source, (int)error.Start.Line, error.InnerException?.Message ?? error.Message)]);
        }
        if (file.SampleData is null) _problems.Add(ContactsTexts.FileSampleDataMissing.German);
        var topics = ReadTopics(file.Topics ?? []);
        var contacts = (file.Contacts ?? []).Select(entry => ReadContact(entry, topics, file.SampleData == true)).OfType<Contact>().ToList();
        CheckCoverage(topics, contacts);
        if (_problems.Count > 0) throw new ContentException(ContentTexts.Contacts, _problems.Select(problem => new ContentProblem(source, 0, problem)).ToList());
        return (file.SampleData == true, topics, contacts);
    }

    private List<Topic> ReadTopics(List<ContactsFile.TopicEntry> entries)
    {
        var topics = new List<Topic>();
        var keywordOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var where = ContactsTexts.FileTopicWhere.Format(entry.Id ?? entry.Name ?? "?");
            if (entry.Id is null || !IdPattern().IsMatch(entry.Id)) { _problems.Add(ContactsTexts.FileBadId.Format(where)); continue; }
            if (topics.Any(topic => topic.Id == entry.Id)) _problems.Add(ContactsTexts.FileDuplicateId.Format(where));
            if (string.IsNullOrWhiteSpace(entry.Name)) _problems.Add(ContactsTexts.FileNameMissing.Format(where));
            var area = entry.Area switch { "lks" => TopicArea.Lks, "handlungsfeld" => TopicArea.Handlungsfeld, _ => (TopicArea?)null };
            if (area is null) _problems.Add(ContactsTexts.FileBadArea.Format(where));
            var keywords = (entry.Keywords ?? []).Append(entry.Name ?? "").Where(keyword => keyword.Length > 0).Distinct().ToList();
            foreach (var keyword in keywords.Select(GermanText.FoldText).Distinct())
            {
                if (keywordOwner.TryGetValue(keyword, out var owner) && owner != entry.Id)
                    _problems.Add(ContactsTexts.FileKeywordTaken.Format(where, keyword, owner));
                keywordOwner[keyword] = entry.Id;
            }
            topics.Add(new Topic(entry.Id, entry.Name ?? entry.Id, area ?? TopicArea.Handlungsfeld, keywords));
        }
        return topics;
    }

    private Contact? ReadContact(ContactsFile.ContactEntry entry, List<Topic> topics, bool sampleData)
    {
        var where = ContactsTexts.FileContactWhere.Format(entry.Id ?? entry.Name ?? "?");
        var problemsBefore = _problems.Count;
        if (entry.Id is null || !IdPattern().IsMatch(entry.Id)) _problems.Add(ContactsTexts.FileBadId.Format(where));
        var kind = entry.Kind switch { "lks" => ContactKind.Lks, "mobile-beratung" => ContactKind.MobileBeratung, "lokal" => ContactKind.Local, _ => (ContactKind?)null };
        if (kind is null) _problems.Add(ContactsTexts.FileBadKind.Format(where));
        Require(entry.Name, "name", where);
        Require(entry.Role, "rolle", where);
        Require(entry.Organisation, "organisation", where);
        CheckAddress(entry.Email, "email", where, sampleData, required: true);
        CheckAddress(entry.Teams, "teams", where, sampleData, required: false);
        if (entry.Phone is not null && !PhonePattern().IsMatch(entry.Phone)) _problems.Add(ContactsTexts.FileBadPhone.Format(where, entry.Phone));
        var contactTopics = ReadContactTopics(entry, topics, kind, where);
        var (region, bezirk) = ReadPlace(entry, kind, where);
        if (_problems.Count > problemsBefore) return null;
        return new Contact(entry.Id!, kind!.Value, entry.Name!, entry.Role!, entry.Organisation!, entry.Email!)
        {
            Region = region,
            Regierungsbezirk = bezirk,
            Topics = contactTopics,
            Phone = entry.Phone,
            TeamsUpn = entry.Teams,
        };
    }

    private List<Topic> ReadContactTopics(ContactsFile.ContactEntry entry, List<Topic> topics, ContactKind? kind, string where)
    {
        var found = new List<Topic>();
        foreach (var id in entry.Topics ?? [])
        {
            var topic = topics.FirstOrDefault(candidate => candidate.Id == id);
            if (topic is null) { _problems.Add(ContactsTexts.FileUnknownTopic.Format(where, id)); continue; }
            if (kind == ContactKind.Lks && topic.Area != TopicArea.Lks) _problems.Add(ContactsTexts.FileNotLksTopic.Format(where, id));
            found.Add(topic);
        }
        if (kind == ContactKind.Lks && found.Count == 0) _problems.Add(ContactsTexts.FileLksWithoutTopic.Format(where));
        return found;
    }

    private (Region? Region, string? Bezirk) ReadPlace(ContactsFile.ContactEntry entry, ContactKind? kind, string where)
    {
        switch (kind)
        {
            case ContactKind.Local:
                var region = entry.Region is null ? null : regions.ByName(entry.Region);
                if (region is null)
                {
                    var guess = entry.Region is null ? [] : regions.Find(entry.Region);
                    _problems.Add(guess.Count == 1
                        ? ContactsTexts.FileUnknownRegionGuess.Format(where, entry.Region, guess[0].Name)
                        : ContactsTexts.FileUnknownRegion.Format(where, entry.Region));
                }
                return (region, region?.Regierungsbezirk);
            case ContactKind.MobileBeratung:
                if (!Bezirke.Contains(entry.Regierungsbezirk)) _problems.Add(ContactsTexts.FileBadBezirk.Format(where, string.Join(", ", Bezirke)));
                return (null, entry.Regierungsbezirk);
            default:
                if (entry.Region is not null || entry.Regierungsbezirk is not null) _problems.Add(ContactsTexts.FileLksWithRegion.Format(where));
                return (null, null);
        }
    }

    private void CheckCoverage(List<Topic> topics, List<Contact> contacts)
    {
        foreach (var bezirk in Bezirke)
        {
            var count = contacts.Count(contact => contact.Kind == ContactKind.MobileBeratung && contact.Regierungsbezirk == bezirk);
            if (count != 1) _problems.Add(ContactsTexts.FileMobileBeratungCount.Format(bezirk, count));
        }
        foreach (var topic in topics.Where(topic => topic.Area == TopicArea.Lks))
        {
            if (!contacts.Any(contact => contact.Kind == ContactKind.Lks && contact.Covers(topic)))
                _problems.Add(ContactsTexts.FileLksTopicWithoutPerson.Format(topic.Name));
        }
        foreach (var duplicate in contacts.GroupBy(contact => contact.Id).Where(group => group.Count() > 1))
            _problems.Add(ContactsTexts.FileDuplicateContactId.Format(duplicate.Key));
    }

    private void Require(string? value, string field, string where)
    {
        if (string.IsNullOrWhiteSpace(value)) _problems.Add(ContactsTexts.FileFieldMissing.Format(where, field));
    }

    // While the file is sample data, every address must be a reserved example domain, so real people never
    // slip into the sample and sample addresses never look real.
    private void CheckAddress(string? value, string field, string where, bool sampleData, bool required)
    {
        if (value is null) { if (required) _problems.Add(ContactsTexts.FileFieldMissing.Format(where, field)); return; }
        if (!AddressPattern().IsMatch(value)) { _problems.Add(ContactsTexts.FileBadAddress.Format(where, field, value)); return; }
        if (sampleData && !value.EndsWith("@example.org", StringComparison.OrdinalIgnoreCase) && !value.EndsWith("@example.com", StringComparison.OrdinalIgnoreCase))
            _problems.Add(ContactsTexts.FileSampleAddress.Format(where, field, value));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 /\-]{4,}$")]
    private static partial Regex PhonePattern();
}
