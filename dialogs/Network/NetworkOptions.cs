namespace NrwBot.Dialogs.Network;

/// <summary>Section "Network": where network questions are posted and the limits of asking and answering.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>The network team (channelData.team.id, "19:…@thread.tacv2").</summary>
    public string? TeamId { get; set; }

    /// <summary>The channel for the question cards ("19:…@thread.tacv2"); empty: the team's General channel, whose id is the team id.</summary>
    public string? ChannelId { get; set; }

    /// <summary>At most this many colleagues get a question personally (nearest first, only those who allowed it).</summary>
    public int MaxPersonalRecipients { get; set; } = 5;

    public int MaxQuestionsPerDay { get; set; } = 5;

    public int MaxAnswersPerDay { get; set; } = 30;

    /// <summary>A question without answer for this many working days is offered to the LKS once.</summary>
    public int EscalateAfterWorkingDays { get; set; } = 3;

    public int CheckIntervalMinutes { get; set; } = 15;

    public const int MinTextLength = 10;
    public const int MaxTextLength = 2000;

    /// <summary>The channel's conversation id, or null when no network channel is configured.</summary>
    public string? ChannelConversationId =>
        !string.IsNullOrWhiteSpace(ChannelId) ? ChannelId.Trim()
        : !string.IsNullOrWhiteSpace(TeamId) ? TeamId.Trim()
        : null;

    /// <summary>The channel's conversation key ("conversation:19:…"), the outbox's target for the question cards.</summary>
    public string? ChannelKey => ChannelConversationId is { } channel ? Conversation.ConversationKeys.ForConversation(channel) : null;
}
