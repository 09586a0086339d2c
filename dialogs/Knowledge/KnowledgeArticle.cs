using Markdig;
using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>One article of the knowledge base: the front matter of a Markdown file and its body.</summary>
public sealed record KnowledgeArticle
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public required string Source { get; init; }
    public IReadOnlyList<ArticleForm> Forms { get; init; } = [];
    public required DateOnly Reviewed { get; init; }

    /// <summary>The day after which the rule no longer holds (a deadline, a funding year); null when it does not expire.</summary>
    public DateOnly? ValidUntil { get; init; }

    public required ContentStatus Status { get; init; }

    /// <summary>The answer as Markdown, shown as it is.</summary>
    public required string Body { get; init; }

    /// <summary>The answer without Markdown, for the search index.</summary>
    public required string PlainBody { get; init; }

    /// <summary>Where the article came from, for messages to the LKS ("file:line").</summary>
    public string File { get; init; } = "";

    public bool IsExpiredOn(DateOnly today) => ValidUntil is { } until && until < today;

    /// <summary>The answer without Markdown (<see cref="PlainBody"/>), the same for a file and for the database.</summary>
    public static string PlainTextOf(string markdown) => Markdown.ToPlainText(markdown).Trim();
}
