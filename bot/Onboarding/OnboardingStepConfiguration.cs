using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Onboarding;

internal sealed class OnboardingStepConfiguration : IEntityTypeConfiguration<OnboardingStepRecord>
{
    public void Configure(EntityTypeBuilder<OnboardingStepRecord> entity)
    {
        entity.ToTable("onboarding_steps_done");
        entity.HasKey(step => new { step.UserKey, step.StepId });
        entity.Property(step => step.UserKey).HasMaxLength(200);
        entity.Property(step => step.StepId).HasMaxLength(100);
        entity.Property(step => step.DoneAt).HasConversion(new UnixMillisecondsConverter());
    }
}
