namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>One category of support requests, as the LKS defines it in <c>requests/categories.yml</c>.</summary>
public sealed record RequestCategory(string Id, string Title, string Description)
{
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>The category proposed when nothing in a request points elsewhere ("Sonstiges").</summary>
    public bool IsFallback { get; init; }
}
