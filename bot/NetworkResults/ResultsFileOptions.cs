namespace NrwBot.Host.NetworkResults;

/// <summary>How a protocol file attached in the chat is downloaded („Results:Files:…“).</summary>
public sealed class ResultsFileOptions
{
    /// <summary>Time-out of the download (Teams' download address answers at once or not at all).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>More bytes than this are not read: a protocol in the chat holds at most 30,000 characters (UTF-8: up to 4 bytes each).</summary>
    public int MaxBytes { get; set; } = 128 * 1024;

    /// <summary>
    /// Only https is downloaded. For tests and the Bot Framework Emulator (which serves attachments on http://localhost)
    /// http may be allowed for loopback addresses, never for any other host.
    /// </summary>
    public bool AllowLoopbackHttp { get; set; }
}
