using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrwBot.Host.Onboarding;

namespace NrwBot.Host.Lks;

public sealed class LksAbsenceRecordConfiguration : IEntityTypeConfiguration<LksAbsenceRecord>
{
    public void Configure(EntityTypeBuilder<LksAbsenceRecord> entity)
    {
        entity.ToTable("lks_absences");
        entity.HasKey(record => record.MemberKey);
        entity.Property(record => record.MemberKey).HasMaxLength(200);
        entity.Property(record => record.MemberName).HasMaxLength(200);
        entity.Property(record => record.SubstituteKey).HasMaxLength(200);
        entity.Property(record => record.SubstituteName).HasMaxLength(200);
        entity.Property(record => record.SetByKey).HasMaxLength(200);
        entity.Property(record => record.SetAt).HasConversion(new UnixMillisecondsConverter());
        entity.HasIndex(record => record.SubstituteKey);
    }
}
