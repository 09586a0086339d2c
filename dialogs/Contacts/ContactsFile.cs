using YamlDotNet.Serialization;

namespace NrwBot.Dialogs.Contacts;

/// <summary>The shape of <c>contacts/contacts.yml</c>; the keys are German because the LKS edits the file.</summary>
internal sealed class ContactsFile
{
    [YamlMember(Alias = "beispieldaten")] public bool? SampleData { get; set; }
    [YamlMember(Alias = "themen")] public List<TopicEntry>? Topics { get; set; }
    [YamlMember(Alias = "kontakte")] public List<ContactEntry>? Contacts { get; set; }

    public sealed class TopicEntry
    {
        [YamlMember(Alias = "id")] public string? Id { get; set; }
        [YamlMember(Alias = "name")] public string? Name { get; set; }
        [YamlMember(Alias = "bereich")] public string? Area { get; set; }
        [YamlMember(Alias = "stichwoerter")] public List<string>? Keywords { get; set; }
    }

    public sealed class ContactEntry
    {
        [YamlMember(Alias = "id")] public string? Id { get; set; }
        [YamlMember(Alias = "art")] public string? Kind { get; set; }
        [YamlMember(Alias = "name")] public string? Name { get; set; }
        [YamlMember(Alias = "rolle")] public string? Role { get; set; }
        [YamlMember(Alias = "organisation")] public string? Organisation { get; set; }
        [YamlMember(Alias = "region")] public string? Region { get; set; }
        [YamlMember(Alias = "regierungsbezirk")] public string? Regierungsbezirk { get; set; }
        [YamlMember(Alias = "themen")] public List<string>? Topics { get; set; }
        [YamlMember(Alias = "email")] public string? Email { get; set; }
        [YamlMember(Alias = "telefon")] public string? Phone { get; set; }
        [YamlMember(Alias = "teams")] public string? Teams { get; set; }
    }
}
