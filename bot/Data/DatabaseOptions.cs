namespace NrwBot.Host.Data;

/// <summary>Section "Database". The PostgreSQL connection string is ConnectionStrings:Postgres.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The SQLite file, relative to the bot's content root.</summary>
    public string SqlitePath { get; set; } = "data/nrwbot.db";
}
