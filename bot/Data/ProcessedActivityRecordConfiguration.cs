using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Data;

public sealed class ProcessedActivityRecordConfiguration : IEntityTypeConfiguration<ProcessedActivityRecord>
{
    public void Configure(EntityTypeBuilder<ProcessedActivityRecord> entity)
    {
        entity.ToTable("processed_activities");
        // Activity ids are unique per conversation (Teams), not globally: the claim is the triple.
        entity.HasKey(record => new { record.ChannelId, record.ConversationId, record.ActivityId });
        entity.HasIndex(record => record.ClaimedAt);
    }
}
