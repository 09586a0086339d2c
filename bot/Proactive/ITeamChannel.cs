namespace NrwBot.Host.Proactive;

/// <summary>A team channel a feature is configured to post into, and its team (for <see cref="ChannelReferences"/>).</summary>
public interface ITeamChannel
{
    /// <summary>The channel's conversation key ("conversation:19:…@thread.tacv2"); null when not configured.</summary>
    string? ChannelKey { get; }

    /// <summary>The team the channel belongs to (channelData.team.id); null when not configured.</summary>
    string? TeamId { get; }
}
