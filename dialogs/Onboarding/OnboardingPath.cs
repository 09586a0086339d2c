using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// The steps of the onboarding path in their order, loaded from <c>content/onboarding/*.md</c> and checked as a
/// whole (ids and orders unique, related articles known). A path with problems never reaches the users.
/// </summary>
public sealed class OnboardingPath
{
    /// <summary>The folder's description for the LKS; not a step.</summary>
    public const string ReadmeFile = "README.md";

    private const string OnboardingFolderName = "content/onboarding";

    private OnboardingPath(IReadOnlyList<OnboardingStep> steps) => Steps = steps;

    public IReadOnlyList<OnboardingStep> Steps { get; }

    public int Count => Steps.Count;

    public int TotalMinutes => Steps.Sum(step => step.Minutes);

    public bool IsSample => Steps.Any(step => step.IsSample);

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "content", "onboarding");

    /// <param name="knownArticles">The knowledge base's article ids; null when it is not available to check against.</param>
    public static OnboardingPath Load(string folder, IReadOnlySet<string>? knownArticles = null)
    {
        if (!Directory.Exists(folder)) throw new ContentException(ContentTexts.Onboarding, [new ContentProblem(folder, 0, ContentTexts.FolderMissing.German)]);
        var files = Directory.GetFiles(folder, "*.md")
            .Where(path => !string.Equals(Path.GetFileName(path), ReadmeFile, StringComparison.OrdinalIgnoreCase))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));
        return Parse(files, knownArticles);
    }

    public static OnboardingPath Parse(IEnumerable<(string File, string Text)> files, IReadOnlySet<string>? knownArticles = null)
    {
        var problems = new List<ContentProblem>();
        var steps = files.Select(file => new OnboardingFileReader(file.File, knownArticles, problems).Read(file.Text)).OfType<OnboardingStep>().ToList();
        foreach (var group in steps.GroupBy(step => step.Id).Where(group => group.Count() > 1))
            problems.Add(new ContentProblem(group.Last().File, 0, $"id „{group.Key}“ kommt mehrfach vor: {string.Join(", ", group.Select(step => step.File))}."));
        foreach (var group in steps.GroupBy(step => step.Order).Where(group => group.Count() > 1))
            problems.Add(new ContentProblem(group.Last().File, 0, $"order {group.Key} kommt mehrfach vor: {string.Join(", ", group.Select(step => step.File))}."));
        if (steps.Count == 0 && problems.Count == 0) problems.Add(new ContentProblem(OnboardingFolderName, 0, ContentTexts.NoSteps.German));
        if (problems.Count > 0) throw new ContentException(ContentTexts.Onboarding, problems);
        return new OnboardingPath(steps.OrderBy(step => step.Order).ToList());
    }

    public OnboardingStep? ById(string? id) => Steps.FirstOrDefault(step => step.Id == id);

    /// <summary>Step by its number as users see it (1 = first).</summary>
    public OnboardingStep? ByNumber(int number) => number >= 1 && number <= Steps.Count ? Steps[number - 1] : null;

    public int NumberOf(OnboardingStep step)
    {
        for (var index = 0; index < Steps.Count; index++)
        {
            if (Steps[index].Id == step.Id) return index + 1;
        }
        return 0;
    }

    /// <summary>The first step not yet done, in order; null when all are done.</summary>
    public OnboardingStep? NextOpen(OnboardingProgress progress) => Steps.FirstOrDefault(step => !progress.IsDone(step.Id));

    /// <summary>The next open step after <paramref name="current"/>, wrapping round; null when no other step is open.</summary>
    public OnboardingStep? NextOpenAfter(OnboardingStep current, OnboardingProgress progress)
    {
        var index = NumberOf(current) - 1;
        for (var offset = 1; offset < Steps.Count; offset++)
        {
            var candidate = Steps[(index + offset) % Steps.Count];
            if (!progress.IsDone(candidate.Id)) return candidate;
        }
        return null;
    }

    public int DoneCount(OnboardingProgress progress) => Steps.Count(step => progress.IsDone(step.Id));

    public bool IsComplete(OnboardingProgress progress) => DoneCount(progress) == Steps.Count;
}
