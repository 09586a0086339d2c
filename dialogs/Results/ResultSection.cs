namespace NrwBot.Dialogs.Results;

/// <summary>One numbered question of a working group ("4. Wo haben Sie Unterstützungsbedarf? …") with its bullets.</summary>
public sealed record ResultSection(int Number, string Title, IReadOnlyList<ResultItem> Items)
{
    /// <summary>The question about support needs and expectations of the LKS; its bullets are classified like requests.</summary>
    public bool IsSupportNeed => Title.Contains("Unterstützungsbedarf", StringComparison.OrdinalIgnoreCase);
}
