using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.NetworkResults;

public sealed class ResultItemRecordConfiguration : IEntityTypeConfiguration<ResultItemRecord>
{
    public void Configure(EntityTypeBuilder<ResultItemRecord> entity)
    {
        entity.ToTable("result_items");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.GroupName).HasMaxLength(200);
        entity.Property(record => record.SectionTitle).HasMaxLength(1000);
        entity.Property(record => record.Text).HasMaxLength(4000);
        entity.Property(record => record.Place).HasMaxLength(200);
        entity.Property(record => record.SupportNeedCategory).HasMaxLength(100);
        entity.HasIndex(record => record.MeetingId);
        entity.HasIndex(record => record.SupportNeedCategory);
    }
}
