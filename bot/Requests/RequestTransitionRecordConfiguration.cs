using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Requests;

public sealed class RequestTransitionRecordConfiguration : IEntityTypeConfiguration<RequestTransitionRecord>
{
    public void Configure(EntityTypeBuilder<RequestTransitionRecord> entity)
    {
        entity.ToTable("support_request_transitions");
        entity.HasKey(record => record.Id);
        entity.HasIndex(record => record.RequestId);
        entity.Property(record => record.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(record => record.FromState).HasConversion<string>().HasMaxLength(16);
        entity.Property(record => record.ToState).HasConversion<string>().HasMaxLength(16);
    }
}
