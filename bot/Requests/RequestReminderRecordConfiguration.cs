using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrwBot.Host.Onboarding;

namespace NrwBot.Host.Requests;

public sealed class RequestReminderRecordConfiguration : IEntityTypeConfiguration<RequestReminderRecord>
{
    public void Configure(EntityTypeBuilder<RequestReminderRecord> entity)
    {
        entity.ToTable("request_reminders");
        entity.HasKey(record => new { record.RequestId, record.Kind });
        entity.Property(record => record.Kind).HasMaxLength(32);
        entity.Property(record => record.SentAt).HasConversion(new UnixMillisecondsConverter());
    }
}
