using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.NetworkResults;

public sealed class MeetingRecordConfiguration : IEntityTypeConfiguration<MeetingRecord>
{
    public void Configure(EntityTypeBuilder<MeetingRecord> entity)
    {
        entity.ToTable("result_meetings");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.Title).HasMaxLength(1000);
        entity.Property(record => record.Place).HasMaxLength(200);
        entity.HasIndex(record => new { record.Title, record.Date }).IsUnique();
        entity.HasMany(record => record.Items).WithOne().HasForeignKey(item => item.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
