namespace NrwBot.Host.Rendering;

/// <summary>Which channels show Adaptive Cards; all others (Slack, unknown ones) get Markdown text.</summary>
public static class ChannelCapabilities
{
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "msteams", "webchat", "directline", "emulator",
    };

    public static bool HasCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);
}
