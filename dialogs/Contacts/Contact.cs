using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// A person to talk to. A local office has a <see cref="Region"/>; a Mobile Beratung office only a
/// <see cref="Regierungsbezirk"/>; the LKS neither (it works for all of NRW).
/// </summary>
public sealed record Contact(string Id, ContactKind Kind, string Name, string Role, string Organisation, string Email)
{
    public Region? Region { get; init; }
    public string? Regierungsbezirk { get; init; }
    public IReadOnlyList<Topic> Topics { get; init; } = [];
    public string? Phone { get; init; }

    /// <summary>The Teams sign-in name (UPN) for the chat deep link.</summary>
    public string? TeamsUpn { get; init; }

    public bool Covers(Topic topic) => Topics.Contains(topic);
}
