using Microsoft.Extensions.Options;
using NrwBot.Host.Proactive;

namespace NrwBot.Host.Lks;

/// <summary>The LKS channel (request cards, reminders, announcements) and the LKS team it belongs to.</summary>
public sealed class LksTeamChannel(IOptionsMonitor<LksOptions> options) : ITeamChannel
{
    public string? ChannelKey => options.CurrentValue.ChannelKey;

    public string? TeamId => options.CurrentValue.TeamId;
}
