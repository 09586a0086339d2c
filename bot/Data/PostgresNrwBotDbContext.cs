using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>The model on PostgreSQL; its migrations are in bot/Migrations/Postgres.</summary>
public sealed class PostgresNrwBotDbContext(DbContextOptions<PostgresNrwBotDbContext> options) : NrwBotDbContext(options);
