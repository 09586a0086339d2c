namespace NrwBot.Host.Onboarding;

/// <summary>One user's onboarding in the database (table onboarding_progress). Name and region only with consent.</summary>
public sealed class OnboardingProgressRecord
{
    /// <summary>"user:{aad object id or channel user id}", as the proactive conversations.</summary>
    public required string UserKey { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastProgressAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public bool RemindersOff { get; set; }
    public DateTimeOffset? LastReminderAt { get; set; }
    public bool SharesProgress { get; set; }
    public string? DisplayName { get; set; }
    public string? Region { get; set; }
    public string? IntroducedPeerId { get; set; }
    public List<OnboardingStepRecord> Steps { get; set; } = [];
}
