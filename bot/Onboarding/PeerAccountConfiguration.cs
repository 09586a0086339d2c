using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Onboarding;

internal sealed class PeerAccountConfiguration : IEntityTypeConfiguration<PeerAccountRecord>
{
    public void Configure(EntityTypeBuilder<PeerAccountRecord> entity)
    {
        entity.ToTable("onboarding_peer_accounts");
        entity.HasKey(account => account.ContactId);
        entity.Property(account => account.ContactId).HasMaxLength(100);
        entity.Property(account => account.UserKey).HasMaxLength(200);
        entity.Property(account => account.LinkedAt).HasConversion(new UnixMillisecondsConverter());
    }
}
