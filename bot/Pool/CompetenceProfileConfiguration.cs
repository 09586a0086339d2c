using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrwBot.Host.Onboarding;

namespace NrwBot.Host.Pool;

/// <summary>Maps the Kompetenzpool's table; NrwBotDbContext picks it up with the other configurations of this assembly.</summary>
internal sealed class CompetenceProfileConfiguration : IEntityTypeConfiguration<CompetenceProfileRecord>
{
    public void Configure(EntityTypeBuilder<CompetenceProfileRecord> entity)
    {
        entity.ToTable("competence_profiles");
        entity.HasKey(record => record.UserKey);
        entity.Property(record => record.UserKey).HasMaxLength(200);
        entity.Property(record => record.PublicId).HasMaxLength(40);
        entity.Property(record => record.Name).HasMaxLength(200);
        entity.Property(record => record.Region).HasMaxLength(200);
        entity.Property(record => record.TopicIds).HasMaxLength(1000);
        entity.Property(record => record.Tags).HasMaxLength(1000);
        entity.Property(record => record.Methods).HasMaxLength(300);
        entity.Property(record => record.Languages).HasMaxLength(200);
        entity.Property(record => record.Email).HasMaxLength(254);
        entity.Property(record => record.CreatedAt).HasConversion(new UnixMillisecondsConverter());
        entity.Property(record => record.ConfirmedAt).HasConversion(new UnixMillisecondsConverter());
        entity.Property(record => record.RenewalAskedAt).HasConversion(new UnixMillisecondsConverter());
        entity.HasIndex(record => record.PublicId).IsUnique();
        entity.HasIndex(record => record.ConfirmedAt);
    }
}
