using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Materials;

/// <summary>Maps the Materialbörse's table; NrwBotDbContext picks it up with the other configurations of this assembly.</summary>
internal sealed class MaterialRecordConfiguration : IEntityTypeConfiguration<MaterialRecord>
{
    public void Configure(EntityTypeBuilder<MaterialRecord> entity)
    {
        entity.ToTable("materials");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.Id).ValueGeneratedOnAdd();
        entity.Property(record => record.OwnerKey).HasMaxLength(200);
        entity.Property(record => record.SourceKey).HasMaxLength(300);
        entity.Property(record => record.Title).HasMaxLength(200);
        entity.Property(record => record.Topics).HasMaxLength(1000);
        entity.Property(record => record.Tags).HasMaxLength(1000);
        entity.Property(record => record.Region).HasMaxLength(200);
        entity.Property(record => record.Link).HasMaxLength(1000);
        entity.Property(record => record.Description).HasMaxLength(1000);
        entity.HasIndex(record => record.SourceKey).IsUnique();
        entity.HasIndex(record => record.OwnerKey);
        entity.HasIndex(record => record.SharedAt);
    }
}
