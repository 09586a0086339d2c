using NrwBot.Dialogs.Contacts;

namespace NrwBot.Dialogs.Materials;

/// <summary>The topics a material can have: the contact directory's topic list (one list for contacts and materials).</summary>
public sealed class MaterialTopics(ContactDirectory directory)
{
    public IReadOnlyList<Topic> All => directory.Topics;

    public Topic? ById(string id) => directory.TopicById(id);

    /// <summary>A topic typed by id, name or one of its keywords („Schulen“ → Schule).</summary>
    public Topic? Find(string part) =>
        directory.TopicById(part.Trim())
        ?? directory.Topics.FirstOrDefault(topic => string.Equals(topic.Name, part.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? directory.FindTopic(part);

    /// <summary>The first topic named anywhere in a text.</summary>
    public Topic? FindIn(string text) => directory.FindTopic(text);

    public IReadOnlyList<string> IdsOf(string? names) =>
        MaterialDraft.SplitForm(names).Select(Find).OfType<Topic>().Select(topic => topic.Id).Distinct(StringComparer.Ordinal).ToList();

    public string NamesOf(IEnumerable<string> ids) =>
        string.Join(MaterialDraft.FormSeparator + " ", ids.Select(ById).OfType<Topic>().Select(topic => topic.Name));
}
