using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Host.Digest;

/// <summary>
/// LKS membership from the configuration, by Entra object id only: Teams sets that id from the signed-in account,
/// while channel user ids (Web Chat, Direct Line) can be chosen by the client. Changes apply without a restart.
/// </summary>
public sealed class ConfiguredLksMembership(IOptionsMonitor<LksOptions> options) : ILksMembership
{
    public bool IsMember(UserRef user) =>
        user.AadObjectId is { Length: > 0 } id && options.CurrentValue.Members.Any(member => string.Equals(member.Trim(), id, StringComparison.OrdinalIgnoreCase));
}
