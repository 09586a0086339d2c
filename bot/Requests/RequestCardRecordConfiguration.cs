using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Requests;

public sealed class RequestCardRecordConfiguration : IEntityTypeConfiguration<RequestCardRecord>
{
    public void Configure(EntityTypeBuilder<RequestCardRecord> entity)
    {
        entity.ToTable("support_request_cards");
        entity.HasKey(record => record.RequestId);
        entity.Property(record => record.RequestId).ValueGeneratedNever();
    }
}
