namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// The onboarding numbers of a period [from, to): how many started, how many finished, and how many are stuck
/// (unfinished, no progress for the configured days at the end of the period). <see cref="People"/> lists only
/// users who agreed to share their progress.
/// </summary>
public sealed record OnboardingFigures(int Started, int Finished, int Stuck, IReadOnlyList<OnboardingPerson> People);
