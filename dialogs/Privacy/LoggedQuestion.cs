namespace NrwBot.Dialogs.Privacy;

/// <summary>A question a user asked NrwBot, as the knowledge feature keeps it.</summary>
public sealed record LoggedQuestion(DateTimeOffset AskedAt, string Text, bool Answered)
{
    /// <summary>What the user wrote after a 👎 („Was hat gefehlt?“), if anything.</summary>
    public string? Comment { get; init; }

    /// <summary>The Kreis/Stadt of the profile recorded with the question (for the regional analysis), if any.</summary>
    public string? Region { get; init; }
}
