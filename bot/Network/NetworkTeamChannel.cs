using NrwBot.Dialogs.Network;
using NrwBot.Host.Proactive;

namespace NrwBot.Host.Network;

/// <summary>The network channel (question cards) and the network team it belongs to.</summary>
public sealed class NetworkTeamChannel(NetworkOptions options) : ITeamChannel
{
    public string? ChannelKey => options.ChannelKey;

    public string? TeamId => options.TeamId;
}
