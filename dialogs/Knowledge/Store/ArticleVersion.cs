namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>
/// One version of an article in the database: its whole content, who changed it, who approved it and when.
/// Versions are numbered from 1 per article and never change; <see cref="IsPublished"/> marks the one the bot serves.
/// </summary>
public sealed record ArticleVersion(string ArticleId, int Version, KnowledgeArticle Article, ArticleChange Change, bool IsPublished);

/// <summary>Who made a change, when, who approved it (null when nobody had to) and a short note ("Zurückgesetzt auf Version 2").</summary>
public sealed record ArticleChange(string ChangedBy, DateTimeOffset At, string? ApprovedBy = null, string? Note = null);
