namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// A person who wants deadline reminders and/or has a personal feed. Region and role are copied from the profile
/// (the reminders and the feed are served outside a conversation, where the profile is not at hand).
/// </summary>
public sealed record CalendarSubscriber(string UserKey, string Region, string Role)
{
    public bool RemindersOn { get; init; }

    /// <summary>The secret in the feed's address; null without a feed.</summary>
    public string? FeedToken { get; init; }

    public DateTimeOffset? FeedCreatedAt { get; init; }

    public bool IsEmpty => !RemindersOn && FeedToken is null;
}
