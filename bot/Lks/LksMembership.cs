using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Host.Lks;

/// <summary>
/// LKS = the ids in "Lks:Members" plus the members of the team "Lks:TeamId". Names for "#42 an Name" come from
/// the team roster and from configured members who have written to the bot since it started (both with their
/// keys, so they can be notified), and from the LKS people of the contact list (by name only).
/// </summary>
public sealed class LksMembership(IOptionsMonitor<LksOptions> options, LksTeamRoster roster, ILksContacts contacts) : ILksMembership
{
    // The configuration holds only ids; a member's name is learnt when they write to the bot.
    private readonly ConcurrentDictionary<string, RequestActor> _seen = new();

    /// <summary>
    /// Only Teams identities count: elsewhere the client chooses from.id. Configured members match by Entra
    /// object id; team members by their object id or Teams user id, both as the roster reports them.
    /// </summary>
    public async Task<bool> IsMemberAsync(UserRef user, CancellationToken cancellationToken)
    {
        if (!user.IsTeams) return false;
        var configured = user.AadObjectId is { } objectId && options.CurrentValue.Members.Concat(options.CurrentValue.LeadMembers).Any(id => Same(objectId, id));
        var isMember = configured || (await roster.MembersAsync(cancellationToken))
            .Any(member => (member.AadObjectId is { } aad && Same(user.AadObjectId, aad)) || Same(user.Id, member.Id));
        if (configured && user.Name.Length > 0)
        {
            var key = ConversationKeys.ForUser(user);
            _seen[key] = new RequestActor(key, user.Name);
        }
        return isMember;
    }

    public bool IsLead(UserRef user) =>
        user.IsTeams && user.AadObjectId is { } objectId && options.CurrentValue.LeadMembers.Any(id => Same(objectId, id));

    public async Task<IReadOnlyList<RequestActor>> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        var known = await KnownAsync(cancellationToken);
        var exact = known.Where(actor => string.Equals(actor.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        return known.Where(actor => actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(part => string.Equals(part.TrimEnd(','), wanted, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    public async Task<IReadOnlyList<RequestActor>> KnownAsync(CancellationToken cancellationToken)
    {
        var fromTeam = (await roster.MembersAsync(cancellationToken))
            .Where(member => member.Name.Length > 0)
            .Select(member => new RequestActor(ConversationKeys.ForUser(new UserRef(member.Id, member.Name, member.AadObjectId)), member.Name));
        var fromContacts = contacts.For(null).Select(contact => new RequestActor(null, contact.Name));
        return fromTeam.Concat(_seen.Values).Concat(fromContacts).DistinctBy(actor => actor.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<IReadOnlyList<RequestActor>> MembersAsync(CancellationToken cancellationToken)
    {
        var lks = options.CurrentValue;
        // A configured id is an Entra object id, the same identity ConversationKeys uses for Teams users.
        var configured = lks.Members.Concat(lks.LeadMembers).Where(id => id.Length > 0)
            .Select(id => ConversationKeys.ForUser(new UserRef(id, "", id)))
            .Select(key => _seen.TryGetValue(key, out var seen) ? seen : new RequestActor(key, ""));
        var fromTeam = (await roster.MembersAsync(cancellationToken))
            .Select(member => new RequestActor(ConversationKeys.ForUser(new UserRef(member.Id, member.Name, member.AadObjectId)), member.Name));
        return configured.Concat(fromTeam).DistinctBy(actor => actor.Key, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<LksAccess> AccessAsync(TurnInput input, CancellationToken cancellationToken)
    {
        if (!await IsMemberAsync(input.User, cancellationToken)) return LksAccess.NotLks;
        return IsLksPlace(input) ? LksAccess.Granted : LksAccess.NotHere;
    }

    /// <summary>
    /// A personal chat, or a channel of the LKS team: channelData.team.id (set by Teams only) is the LKS team, or
    /// the channel is the General channel (its id is the team id) or the configured card channel.
    /// </summary>
    private bool IsLksPlace(TurnInput input)
    {
        if (input.ConversationKind == ConversationKind.Personal) return true;
        if (input.ConversationKind != ConversationKind.Channel || !input.User.IsTeams) return false;
        var lks = options.CurrentValue;
        return (lks.TeamId is { Length: > 0 } team && (Same(input.TeamId, team) || Same(input.ConversationId, team)))
            || (lks.ChannelKey is { } channelKey && channelKey == ConversationKeys.ForConversation(input.ConversationId));
    }

    private static bool Same(string? left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
