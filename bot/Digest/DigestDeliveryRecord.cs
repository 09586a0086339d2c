using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Digest;

/// <summary>
/// One scheduled digest, claimed by inserting this row (the period's key is the primary key, so only one instance
/// can claim it), then leased by the instance that delivers it. Channel and e-mail are recorded separately, so a
/// retry sends only what failed.
/// </summary>
public sealed class DigestDeliveryRecord
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public required string PeriodKey { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public bool Late { get; set; }
    public required string State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public bool ChannelSent { get; set; }
    public bool MailSent { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

public sealed class DigestDeliveryRecordConfiguration : IEntityTypeConfiguration<DigestDeliveryRecord>
{
    public const string Table = "digest_deliveries";

    public void Configure(EntityTypeBuilder<DigestDeliveryRecord> entity)
    {
        entity.ToTable(Table);
        entity.HasKey(record => record.PeriodKey);
        entity.Property(record => record.PeriodKey).HasColumnName("period_key").HasMaxLength(32);
        entity.Property(record => record.PeriodFrom).HasColumnName("period_from");
        entity.Property(record => record.PeriodTo).HasColumnName("period_to");
        entity.Property(record => record.DueAt).HasColumnName("due_at").HasConversion(UnixMilliseconds);
        entity.Property(record => record.Late).HasColumnName("late");
        entity.Property(record => record.State).HasColumnName("state").HasMaxLength(16);
        entity.Property(record => record.Attempts).HasColumnName("attempts");
        entity.Property(record => record.NextAttemptAt).HasColumnName("next_attempt_at").HasConversion(UnixMilliseconds);
        entity.Property(record => record.LeaseUntil).HasColumnName("lease_until").HasConversion(UnixMilliseconds);
        entity.Property(record => record.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        entity.Property(record => record.ChannelSent).HasColumnName("channel_sent");
        entity.Property(record => record.MailSent).HasColumnName("mail_sent");
        entity.Property(record => record.LastError).HasColumnName("last_error").HasMaxLength(2000);
        entity.Property(record => record.ClaimedAt).HasColumnName("claimed_at").HasConversion(UnixMilliseconds);
        entity.Property(record => record.ClaimedBy).HasColumnName("claimed_by").HasMaxLength(200);
        entity.Property(record => record.SentAt).HasColumnName("sent_at").HasConversion(UnixMilliseconds);
        entity.HasIndex(record => record.State);
    }

    // Milliseconds since 1970 instead of DateTimeOffset: SQLite cannot compare DateTimeOffset in queries, and the
    // scheduler's claims and leases are comparisons. The same on PostgreSQL keeps the raw SQL of the claim portable.
    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long> UnixMilliseconds =
        new(value => value.ToUnixTimeMilliseconds(), value => DateTimeOffset.FromUnixTimeMilliseconds(value));
}
