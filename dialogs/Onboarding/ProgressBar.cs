namespace NrwBot.Dialogs.Onboarding;

/// <summary>A progress bar made of characters, readable in cards, Slack and the terminal alike.</summary>
public static class ProgressBar
{
    /// <summary>Wider bars wrap on phones; longer paths are scaled to this many cells.</summary>
    public const int MaxCells = 20;

    public static string Draw(int done, int total)
    {
        if (total <= 0) return "";
        var cells = Math.Min(total, MaxCells);
        var filled = (int)Math.Round(done * (double)cells / total, MidpointRounding.ToZero);
        return new string(OnboardingTexts.BarDone, filled) + new string(OnboardingTexts.BarOpen, cells - filled);
    }

    public static string Describe(int done, int total) => OnboardingTexts.StatusBar.Format(Draw(done, total), done, total);
}
