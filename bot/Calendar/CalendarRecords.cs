namespace NrwBot.Host.Calendar;

/// <summary>A deadline or event an LKS member added in the chat (the files' entries are not stored).</summary>
public sealed class CalendarEntryRecord
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public int Kind { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }

    /// <summary>Role values, separated by "|"; empty for everyone.</summary>
    public string Roles { get; set; } = "";

    /// <summary>Region names, separated by "|"; empty for everyone.</summary>
    public string Regions { get; set; } = "";

    public string? ArticleId { get; set; }
    public string? Link { get; set; }

    /// <summary>Days before, separated by ",".</summary>
    public string ReminderDays { get; set; } = "";

    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A person with deadline reminders and/or a personal feed; region and role copied from the profile.</summary>
public sealed class CalendarSubscriberRecord
{
    public string UserKey { get; set; } = "";
    public string Region { get; set; } = "";
    public string Role { get; set; } = "";
    public bool RemindersOn { get; set; }
    public string? FeedToken { get; set; }
    public DateTimeOffset? FeedCreatedAt { get; set; }
}

/// <summary>One reminder sent (or claimed): its primary key makes a second claim fail, on every instance.</summary>
public sealed class CalendarReminderRecord
{
    public string UserKey { get; set; } = "";
    public string ReminderKey { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}
