namespace NrwBot.Dialogs.Onboarding;

/// <summary>What users type to reach the onboarding: command words (matched exactly, case-insensitive) and the step pattern.</summary>
public static class OnboardingPatterns
{
    public static readonly string[] StartWords = ["einarbeitung starten", "onboarding starten", "start onboarding"];
    public static readonly string[] ResumeWords = ["einarbeitung", "onboarding", "einarbeitung fortsetzen", "weiter mit der einarbeitung"];
    public static readonly string[] StatusWords = ["einarbeitung status", "einarbeitung stand", "status einarbeitung", "onboarding status"];
    public static readonly string[] ResetWords = ["einarbeitung zurücksetzen", "einarbeitung zuruecksetzen", "einarbeitung neu starten"];
    public static readonly string[] RemindersOffWords = ["erinnerungen aus", "erinnerungen ausschalten", "keine erinnerungen"];
    public static readonly string[] RemindersOnWords = ["erinnerungen an", "erinnerungen einschalten"];
    public static readonly string[] ShareOnWords = ["fortschritt teilen", "einarbeitung teilen"];
    public static readonly string[] ShareOffWords = ["fortschritt nicht teilen", "einarbeitung nicht teilen"];

    /// <summary>"Einarbeitung Schritt 5" or "Einarbeitung Schritt datenschutz".</summary>
    public const string StepPattern = @"^(?:einarbeitung|onboarding)\s+schritt\s+(?<step>[a-z0-9-]+)[.!]?$";
}
