namespace NrwBot.Host.Digest;

/// <summary>
/// Section "Digest": when the scheduled digest goes out and to whom. Without a channel and without e-mail
/// (SMTP and recipients) nothing is scheduled; "Digest" in the chat and the command line work regardless.
/// </summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Five fields (minute hour day month weekday), read by Cronos in <see cref="TimeZone"/>.</summary>
    public string Cron { get; set; } = "0 8 * * MON";

    public string TimeZone { get; set; } = "Europe/Berlin";

    public DigestSchedulePeriod Period { get; set; } = DigestSchedulePeriod.Week;

    /// <summary>E-mail addresses; an entry may hold several separated by commas or semicolons.</summary>
    public List<string> Recipients { get; set; } = [];

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The LKS channel: "conversation:{conversation id}" as stored when NrwBot was added to the channel (a bare id is accepted).</summary>
    public string? ChannelConversationKey { get; set; }

    /// <summary>A digest sent later than this after it was due says so ("verspätet").</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Due times this far back are still sent when NrwBot comes back; older ones are skipped.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>First wait after a failed delivery; it doubles with every further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a period is given up (and stays visible in /healthz).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long one instance may take to deliver before another may take over (it must outlast the SMTP timeout).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often an idle scheduler looks at the table anyway (other instances' retries, expired leases).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<string> RecipientAddresses =>
        Recipients.SelectMany(entry => entry.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public bool SendsMail => Smtp.IsConfigured && RecipientAddresses.Count > 0;

    public bool SendsToChannel => !string.IsNullOrWhiteSpace(ChannelConversationKey);

    public bool IsScheduled => SendsMail || SendsToChannel;

    public string ChannelKey => ChannelConversationKey!.StartsWith("conversation:", StringComparison.Ordinal) || ChannelConversationKey.StartsWith("user:", StringComparison.Ordinal)
        ? ChannelConversationKey
        : NrwBot.Dialogs.Conversation.ConversationKeys.ForConversation(ChannelConversationKey);
}
