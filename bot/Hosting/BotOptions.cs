namespace NrwBot.Host.Hosting;

/// <summary>Section "Bot": limits of the message endpoint.</summary>
public sealed class BotOptions
{
    /// <summary>Requests with a larger body are refused with 413. Teams activities are a few KB; cards a few dozen.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longer messages get a polite "bitte kürzer" instead of being processed.</summary>
    public int MaxTextLength { get; set; } = 4000;
}
