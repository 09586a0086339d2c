using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>The model on SQLite; its migrations are in bot/Migrations/Sqlite.</summary>
public sealed class SqliteNrwBotDbContext(DbContextOptions<SqliteNrwBotDbContext> options) : NrwBotDbContext(options);
