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

    public async Task<bool> IsMemberAsync(UserRef user, CancellationToken cancellationToken)
    {
        var configured = options.CurrentValue.Members.Any(id => IsUser(user, id));
        var isMember = configured || (await roster.MembersAsync(cancellationToken))
            .Any(member => (member.AadObjectId is { } aad && IsUser(user, aad)) || IsUser(user, member.Id));
        if (configured && user.Name.Length > 0)
        {
            var key = ConversationKeys.ForUser(user);
            _seen[key] = new RequestActor(key, user.Name);
        }
        return isMember;
    }

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

    private static bool IsUser(UserRef user, string id) =>
        string.Equals(user.AadObjectId, id, StringComparison.OrdinalIgnoreCase) || string.Equals(user.Id, id, StringComparison.OrdinalIgnoreCase);
}
