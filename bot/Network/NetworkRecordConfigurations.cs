using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Network;

internal sealed class NetworkQuestionRecordConfiguration : IEntityTypeConfiguration<NetworkQuestionRecord>
{
    public void Configure(EntityTypeBuilder<NetworkQuestionRecord> entity)
    {
        entity.ToTable("network_questions");
        entity.HasKey(record => record.Id);
        entity.HasIndex(record => record.SourceKey).IsUnique();
        entity.HasIndex(record => record.CardActivityId);
        entity.HasIndex(record => record.AskerKey);
        entity.HasIndex(record => new { record.State, record.CreatedAt });
        entity.Property(record => record.AskerKey).HasMaxLength(200);
        entity.Property(record => record.AskerName).HasMaxLength(200);
        entity.Property(record => record.Regierungsbezirk).HasMaxLength(64);
        entity.Property(record => record.State).HasMaxLength(16);
        entity.Property(record => record.SourceKey).HasMaxLength(300);
        entity.Property(record => record.CardActivityId).HasMaxLength(200);
        entity.Property(record => record.BatchId).HasMaxLength(64);
    }
}

internal sealed class NetworkAnswerRecordConfiguration : IEntityTypeConfiguration<NetworkAnswerRecord>
{
    public void Configure(EntityTypeBuilder<NetworkAnswerRecord> entity)
    {
        entity.ToTable("network_answers");
        entity.HasKey(record => record.Id);
        entity.HasIndex(record => record.SourceKey).IsUnique();
        entity.HasIndex(record => record.QuestionId);
        entity.HasIndex(record => record.AuthorKey);
        entity.Property(record => record.AuthorKey).HasMaxLength(200);
        entity.Property(record => record.AuthorName).HasMaxLength(200);
        entity.Property(record => record.SourceKey).HasMaxLength(300);
        entity.HasOne<NetworkQuestionRecord>().WithMany().HasForeignKey(record => record.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NetworkOptInRecordConfiguration : IEntityTypeConfiguration<NetworkOptInRecord>
{
    public void Configure(EntityTypeBuilder<NetworkOptInRecord> entity)
    {
        entity.ToTable("network_opt_ins");
        entity.HasKey(record => record.UserKey);
        entity.Property(record => record.UserKey).HasMaxLength(200);
    }
}
