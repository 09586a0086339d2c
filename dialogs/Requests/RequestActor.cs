namespace NrwBot.Dialogs.Requests;

/// <summary>
/// Someone who acts on a request. <see cref="Key"/> is the proactive-message key (ConversationKeys.ForUser),
/// null for a person known only by name (an LKS colleague from the contact list).
/// </summary>
public sealed record RequestActor(string? Key, string Name)
{
    public bool IsSamePerson(RequestActor? other) =>
        other is not null && (Key is not null && other.Key is not null
            ? Key == other.Key
            : string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase));
}
