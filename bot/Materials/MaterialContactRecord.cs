using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Materials;

/// <summary>
/// „Kontakt aufnehmen“ once per person and material (table <c>material_contacts</c>): the unique pair is the claim that
/// tells the author only once, however often the button is clicked or on whichever instance.
/// </summary>
public sealed class MaterialContactRecord
{
    public long Id { get; set; }
    public int MaterialId { get; set; }

    /// <summary>The user key of the person who clicked (ConversationKeys.ForUser); removed by „Meine Daten löschen“.</summary>
    public string ClickerKey { get; set; } = "";

    /// <summary>Unix milliseconds, as the materials' instants.</summary>
    public long ContactedAt { get; set; }
}

internal sealed class MaterialContactRecordConfiguration : IEntityTypeConfiguration<MaterialContactRecord>
{
    public void Configure(EntityTypeBuilder<MaterialContactRecord> entity)
    {
        entity.ToTable("material_contacts");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.ClickerKey).HasMaxLength(200);
        entity.HasIndex(record => new { record.MaterialId, record.ClickerKey }).IsUnique();
        entity.HasIndex(record => record.ClickerKey);
    }
}
