namespace NrwBot.Dialogs.Onboarding;

/// <summary>One user's onboarding as the LKS may see it (only with the user's consent).</summary>
public sealed record OnboardingPerson(string Name, string? Region, int StepsDone, DateTimeOffset StartedAt, DateTimeOffset LastProgressAt, DateTimeOffset? FinishedAt);
