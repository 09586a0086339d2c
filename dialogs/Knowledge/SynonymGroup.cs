namespace NrwBot.Dialogs.Knowledge;

/// <summary>Terms that mean the same to the search (abbreviations, synonyms, English words), from synonyms.yml.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, int Line);
