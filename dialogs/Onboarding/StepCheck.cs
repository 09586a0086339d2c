namespace NrwBot.Dialogs.Onboarding;

/// <summary>The short check at the end of a step; <see cref="Answer"/> is shown once the step is done.</summary>
public sealed record StepCheck(StepCheckKind Kind, string Text, string? Answer = null);
