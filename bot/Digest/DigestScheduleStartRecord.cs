using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Digest;

/// <summary>
/// When the digest schedule first ran on this database. Missed due times are caught up only after it, so a fresh
/// installation does not start by sending last week's digest as "late".
/// </summary>
public sealed class DigestScheduleStartRecord
{
    public const string ScheduleName = "digest";

    public required string Name { get; set; }
    public DateTimeOffset StartedAt { get; set; }
}

public sealed class DigestScheduleStartRecordConfiguration : IEntityTypeConfiguration<DigestScheduleStartRecord>
{
    public void Configure(EntityTypeBuilder<DigestScheduleStartRecord> entity)
    {
        entity.ToTable("digest_schedule");
        entity.HasKey(record => record.Name);
        entity.Property(record => record.Name).HasColumnName("name").HasMaxLength(32);
        entity.Property(record => record.StartedAt).HasColumnName("started_at")
            .HasConversion(value => value.ToUnixTimeMilliseconds(), value => DateTimeOffset.FromUnixTimeMilliseconds(value));
    }
}
