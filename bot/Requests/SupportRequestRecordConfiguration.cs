using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Requests;

public sealed class SupportRequestRecordConfiguration : IEntityTypeConfiguration<SupportRequestRecord>
{
    public void Configure(EntityTypeBuilder<SupportRequestRecord> entity)
    {
        entity.ToTable("support_requests");
        entity.HasKey(record => record.Id);
        // The numbers: a second request with the same number fails, and the store takes the next one.
        entity.HasIndex(record => new { record.Year, record.Sequence }).IsUnique();
        entity.HasIndex(record => record.SourceKey).IsUnique();
        entity.HasIndex(record => record.RequesterKey);
        entity.HasIndex(record => new { record.Region, record.CategoryId });
        // Enums as words, so the table reads well in a database tool and survives reordering the enums.
        entity.Property(record => record.State).HasConversion<string>().HasMaxLength(16);
        entity.Property(record => record.Urgency).HasConversion<string>().HasMaxLength(16);
        entity.Property(record => record.CategoryId).HasMaxLength(64);
        entity.Property(record => record.Region).HasMaxLength(128);
        entity.Property(record => record.Language).HasMaxLength(8);
    }
}
