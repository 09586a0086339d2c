namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// Where one user stands in the onboarding: which steps are done and when, reminder and sharing choices.
/// Kept in the database (<see cref="IOnboardingStore"/>), keyed like proactive conversations
/// (<see cref="Conversation.ConversationKeys.ForUser"/>), so reminders reach the same person.
/// </summary>
public sealed class OnboardingProgress
{
    public required string UserKey { get; init; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The last time a step was done (or the start); reminders count idle days from here.</summary>
    public DateTimeOffset LastProgressAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Step id → when it was done.</summary>
    public Dictionary<string, DateTimeOffset> Done { get; init; } = new(StringComparer.Ordinal);

    public bool RemindersOff { get; set; }

    /// <summary>Written only by the reminder claim, never by saving a turn, so the two cannot overwrite each other.</summary>
    public DateTimeOffset? LastReminderAt { get; set; }

    /// <summary>The user agreed that the LKS sees their progress by name; only then are name and region stored.</summary>
    public bool SharesProgress { get; set; }

    public string? DisplayName { get; set; }
    public string? Region { get; set; }

    /// <summary>The contact id of the peer the user was introduced to, so the introduction is not posted twice.</summary>
    public string? IntroducedPeerId { get; set; }

    public bool IsDone(string stepId) => Done.ContainsKey(stepId);

    public static OnboardingProgress Start(string userKey, DateTimeOffset now) => new() { UserKey = userKey, StartedAt = now, LastProgressAt = now };

    public void MarkDone(string stepId, DateTimeOffset now)
    {
        Done.TryAdd(stepId, now);
        LastProgressAt = now;
    }

    /// <summary>All steps open again; counts as a new start. Reminder and sharing choices stay.</summary>
    public void Reset(DateTimeOffset now)
    {
        Done.Clear();
        StartedAt = now;
        LastProgressAt = now;
        FinishedAt = null;
        IntroducedPeerId = null;
    }
}
