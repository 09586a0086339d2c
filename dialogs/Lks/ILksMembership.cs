using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Lks;

/// <summary>Who works for the LKS: the people named in the configuration and the members of the LKS team.</summary>
public interface ILksMembership
{
    Task<bool> IsMemberAsync(UserRef user, CancellationToken cancellationToken);

    /// <summary>LKS people whose full, first or last name is <paramref name="name"/> (for "#42 an Name").</summary>
    Task<IReadOnlyList<RequestActor>> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Everyone the bot knows by name, to say whom "#42 an …" can name.</summary>
    Task<IReadOnlyList<RequestActor>> KnownAsync(CancellationToken cancellationToken);
}
