namespace NrwBot.Dialogs.Contacts;

/// <summary>A topic people ask about ("Demokratiekonferenz"), with the words that name it in a question.</summary>
public sealed record Topic(string Id, string Name, TopicArea Area, IReadOnlyList<string> Keywords);
