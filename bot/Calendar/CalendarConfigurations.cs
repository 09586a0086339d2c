using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrwBot.Host.Onboarding;

namespace NrwBot.Host.Calendar;

/// <summary>Maps the calendar's tables; NrwBotDbContext picks these up with the other configurations of this assembly.</summary>
internal sealed class CalendarEntryConfiguration : IEntityTypeConfiguration<CalendarEntryRecord>
{
    public void Configure(EntityTypeBuilder<CalendarEntryRecord> entity)
    {
        entity.ToTable("calendar_entries");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.Id).HasMaxLength(100);
        entity.Property(record => record.Title).HasMaxLength(300);
        entity.Property(record => record.Roles).HasMaxLength(200);
        entity.Property(record => record.Regions).HasMaxLength(1000);
        entity.Property(record => record.ArticleId).HasMaxLength(100);
        entity.Property(record => record.Link).HasMaxLength(1000);
        entity.Property(record => record.ReminderDays).HasMaxLength(100);
        entity.Property(record => record.CreatedBy).HasMaxLength(200);
        entity.Property(record => record.CreatedAt).HasConversion(new UnixMillisecondsConverter());
    }
}

internal sealed class CalendarSubscriberConfiguration : IEntityTypeConfiguration<CalendarSubscriberRecord>
{
    public void Configure(EntityTypeBuilder<CalendarSubscriberRecord> entity)
    {
        entity.ToTable("calendar_subscribers");
        entity.HasKey(record => record.UserKey);
        entity.Property(record => record.UserKey).HasMaxLength(200);
        entity.Property(record => record.Region).HasMaxLength(200);
        entity.Property(record => record.Role).HasMaxLength(50);
        entity.Property(record => record.FeedToken).HasMaxLength(64);
        entity.Property(record => record.FeedCreatedAt).HasConversion(new UnixMillisecondsConverter());
        entity.HasIndex(record => record.FeedToken).IsUnique();
    }
}

internal sealed class CalendarReminderConfiguration : IEntityTypeConfiguration<CalendarReminderRecord>
{
    public void Configure(EntityTypeBuilder<CalendarReminderRecord> entity)
    {
        entity.ToTable("calendar_reminders");
        entity.HasKey(record => new { record.UserKey, record.ReminderKey });
        entity.Property(record => record.UserKey).HasMaxLength(200);
        entity.Property(record => record.ReminderKey).HasMaxLength(200);
        entity.Property(record => record.SentAt).HasConversion(new UnixMillisecondsConverter());
    }
}
