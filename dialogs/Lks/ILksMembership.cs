using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Lks;

/// <summary>Who works for the LKS: the people named in the configuration and the members of the LKS team.</summary>
public interface ILksMembership
{
    /// <summary>Membership alone: whom to notify, whose name to resolve. For showing or changing LKS data use <see cref="AccessAsync"/>.</summary>
    Task<bool> IsMemberAsync(UserRef user, CancellationToken cancellationToken);

    /// <summary>
    /// The one authorization check for LKS views and commands: the user is LKS (by Teams identity) and the turn
    /// happens where LKS data may be shown, i.e. a personal chat or a channel of the LKS team.
    /// </summary>
    Task<LksAccess> AccessAsync(TurnInput input, CancellationToken cancellationToken);

    /// <summary>
    /// The LKS lead (Leitung): may set absences for others and read confidential requests. Configuration only
    /// (Lks:LeadMembers, Entra object ids), on Teams only; a lead counts as an LKS member too.
    /// </summary>
    bool IsLead(UserRef user);

    /// <summary>LKS people whose full, first or last name is <paramref name="name"/> (for "#42 an Name").</summary>
    Task<IReadOnlyList<RequestActor>> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Everyone the bot knows by name, to say whom "#42 an …" can name.</summary>
    Task<IReadOnlyList<RequestActor>> KnownAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every LKS member with a key to write to: the configured members (also those who have not written since the
    /// start) and the LKS team's. For notices to the whole LKS; names may be missing (a configured id only).
    /// </summary>
    Task<IReadOnlyList<RequestActor>> MembersAsync(CancellationToken cancellationToken);
}
