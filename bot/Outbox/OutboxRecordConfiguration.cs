using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Outbox;

public sealed class OutboxRecordConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> entity)
    {
        entity.ToTable("outbox");
        entity.HasKey(record => record.Id);
        // Snake-case names: the claim and enqueue statements are plain SQL, the same on SQLite and PostgreSQL.
        entity.Property(record => record.Id).HasColumnName("id");
        entity.Property(record => record.Kind).HasColumnName("kind");
        entity.Property(record => record.TargetKey).HasColumnName("target_key");
        entity.Property(record => record.Subject).HasColumnName("subject");
        entity.Property(record => record.DedupKey).HasColumnName("dedup_key");
        entity.Property(record => record.Payload).HasColumnName("payload");
        entity.Property(record => record.BatchId).HasColumnName("batch_id");
        entity.Property(record => record.State).HasColumnName("state");
        entity.Property(record => record.Attempts).HasColumnName("attempts");
        entity.Property(record => record.NextAttemptAt).HasColumnName("next_attempt_at");
        entity.Property(record => record.LeaseUntil).HasColumnName("lease_until");
        entity.Property(record => record.LeaseOwner).HasColumnName("lease_owner");
        entity.Property(record => record.LastStatus).HasColumnName("last_status");
        entity.Property(record => record.LastError).HasColumnName("last_error");
        entity.Property(record => record.CreatedAt).HasColumnName("created_at");
        entity.Property(record => record.SentAt).HasColumnName("sent_at");
        entity.Property(record => record.Kind).HasMaxLength(40);
        entity.Property(record => record.TargetKey).HasMaxLength(300);
        entity.Property(record => record.Subject).HasMaxLength(200);
        entity.Property(record => record.DedupKey).HasMaxLength(300);
        entity.Property(record => record.BatchId).HasMaxLength(100);
        entity.Property(record => record.LeaseOwner).HasMaxLength(100);
        entity.Property(record => record.LastError).HasMaxLength(2000);
        entity.HasIndex(record => record.DedupKey).IsUnique();
        // The worker's query: pending rows due now, oldest first.
        entity.HasIndex(record => new { record.State, record.NextAttemptAt });
        entity.HasIndex(record => record.BatchId);
        entity.HasIndex(record => record.TargetKey);
    }
}
