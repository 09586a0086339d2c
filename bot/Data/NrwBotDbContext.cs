using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>
/// The bot's database: SQLite by default, PostgreSQL when ConnectionStrings:Postgres is set. One model; each provider
/// has a subclass only so that each gets its own migrations (<see cref="SqliteNrwBotDbContext"/>,
/// <see cref="PostgresNrwBotDbContext"/>). Everything else asks for this type.
/// </summary>
public abstract class NrwBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<BotStateRecord> BotState => Set<BotStateRecord>();
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Each feature maps its own tables in an IEntityTypeConfiguration next to its store (bot/<Feature>/).
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NrwBotDbContext).Assembly);
        modelBuilder.Entity<BotStateRecord>(entity =>
        {
            entity.ToTable("bot_state");
            entity.HasKey(record => record.Key);
            entity.Property(record => record.ETag).HasMaxLength(64);
        });
        modelBuilder.Entity<ConversationRecord>(entity =>
        {
            entity.ToTable("conversations");
            entity.HasKey(record => record.Key);
            entity.HasIndex(record => record.AadObjectId);
        });
    }
}
