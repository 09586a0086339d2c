namespace NrwBot.Dialogs.Knowledge;

/// <summary>A form linked from an article, shown as a button that opens the address.</summary>
public sealed record ArticleForm(string Name, string Url);
