using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Onboarding;

/// <summary>Maps the onboarding tables; NrwBotDbContext picks it up with the other configurations of this assembly.</summary>
internal sealed class OnboardingProgressConfiguration : IEntityTypeConfiguration<OnboardingProgressRecord>
{
    public void Configure(EntityTypeBuilder<OnboardingProgressRecord> entity)
    {
        var instant = new UnixMillisecondsConverter();
        entity.ToTable("onboarding_progress");
        entity.HasKey(record => record.UserKey);
        entity.Property(record => record.UserKey).HasMaxLength(200);
        entity.Property(record => record.StartedAt).HasConversion(instant);
        entity.Property(record => record.LastProgressAt).HasConversion(instant);
        entity.Property(record => record.FinishedAt).HasConversion(instant);
        entity.Property(record => record.LastReminderAt).HasConversion(instant);
        entity.Property(record => record.DisplayName).HasMaxLength(200);
        entity.Property(record => record.Region).HasMaxLength(200);
        entity.Property(record => record.IntroducedPeerId).HasMaxLength(100);
        entity.HasIndex(record => record.LastProgressAt);
        entity.HasMany(record => record.Steps).WithOne().HasForeignKey(step => step.UserKey).OnDelete(DeleteBehavior.Cascade);
    }
}
