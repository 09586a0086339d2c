using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Requests;

public sealed class RequestCounterRecordConfiguration : IEntityTypeConfiguration<RequestCounterRecord>
{
    public void Configure(EntityTypeBuilder<RequestCounterRecord> entity)
    {
        entity.ToTable("request_counters");
        entity.HasKey(record => record.Year);
        entity.Property(record => record.Year).ValueGeneratedNever();
    }
}
