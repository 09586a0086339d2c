namespace NrwBot.Dialogs.Onboarding;

/// <summary>A question to think about, or a small task to do.</summary>
public enum StepCheckKind { Question, Task }
