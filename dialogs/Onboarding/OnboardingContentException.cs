namespace NrwBot.Dialogs.Onboarding;

/// <summary>The onboarding files have problems; <see cref="Problems"/> lists each as "file, Zeile n: what is wrong".</summary>
public sealed class OnboardingContentException(IReadOnlyList<string> problems)
    : Exception("Die Einarbeitungs-Schritte enthalten Fehler:\n- " + string.Join("\n- ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
