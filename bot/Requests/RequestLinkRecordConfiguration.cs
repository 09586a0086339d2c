using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Requests;

public sealed class RequestLinkRecordConfiguration : IEntityTypeConfiguration<RequestLinkRecord>
{
    public void Configure(EntityTypeBuilder<RequestLinkRecord> entity)
    {
        entity.ToTable("support_request_links");
        entity.HasKey(record => record.Id);
        entity.HasIndex(record => new { record.RequestId, record.LinkedRequestId }).IsUnique();
        entity.HasIndex(record => record.LinkedRequestId);
    }
}
