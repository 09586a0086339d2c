namespace NrwBot.Dialogs.Privacy;

/// <summary>A question a user asked NrwBot, as the knowledge feature keeps it.</summary>
public sealed record LoggedQuestion(DateTimeOffset AskedAt, string Text, bool Answered);
