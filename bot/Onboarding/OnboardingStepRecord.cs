namespace NrwBot.Host.Onboarding;

/// <summary>A step a user has done (table onboarding_steps_done).</summary>
public sealed class OnboardingStepRecord
{
    public required string UserKey { get; set; }
    public required string StepId { get; set; }
    public DateTimeOffset DoneAt { get; set; }
}
