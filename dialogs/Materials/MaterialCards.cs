using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Materials;

/// <summary>How materials are shown: one card each, with the link, the office and the buttons the reader may use.</summary>
public sealed class MaterialCards(MaterialTopics topics, IRegionDirectory regions)
{
    /// <summary>A material as a card; <paramref name="mayChange"/> adds Bearbeiten and Zurückziehen / Wieder teilen.</summary>
    public Reply Card(Material material, bool mayChange, string? text = null)
    {
        var actions = new List<ReplyAction> { CardActions.Button(MaterialsTexts.ContactButton.German, new ContactAuthor(material.Id)) };
        if (material.Kind == MaterialKind.Handlungskonzept) actions.Add(CardActions.Button(MaterialsTexts.SimilarButton.German, new ShowSimilarConcepts(material.Id)));
        if (mayChange)
        {
            actions.Add(CardActions.Button(MaterialsTexts.EditButton.German, new EditMaterial(material.Id)));
            actions.Add(material.Withdrawn
                ? CardActions.Button(MaterialsTexts.ReshareButton.German, new ReshareMaterial(material.Id))
                : CardActions.Button(MaterialsTexts.WithdrawButton.German, new WithdrawMaterial(material.Id)));
        }
        return new Reply
        {
            Title = $"{SafeText.Escape(material.Title)} ({material.Number})",
            Text = string.Join("\n\n", new[] { text, SafeText.Escape(material.Description) }.Where(part => !string.IsNullOrEmpty(part))),
            Facts = Facts(material),
            Links = [new ReplyLink(MaterialsTexts.OpenLink.German, material.Link)],
            Actions = actions,
            Note = Note(material),
        };
    }

    public Reply Shared(Material material, bool isNew) =>
        Card(material, mayChange: true, (isNew ? MaterialsTexts.Shared : MaterialsTexts.SharedAlready).Format(material.Number));

    public Reply Changed(Material material) => Card(material, mayChange: true, MaterialsTexts.Changed.Format(material.Number));

    /// <summary>The office: Kreis or Stadt and its Regierungsbezirk.</summary>
    public string OfficeOf(Material material) =>
        regions.ByName(material.Region) is { } region ? MaterialsTexts.Office.Format(region.Name, region.Regierungsbezirk) : material.Region;

    private List<ReplyFact> Facts(Material material)
    {
        var facts = new List<ReplyFact>
        {
            new(MaterialsTexts.KindLabel.German, MaterialKinds.Title(material.Kind).German),
            new(MaterialsTexts.OfficeLabel.German, OfficeOf(material)),
            new(MaterialsTexts.YearLabel.German, material.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (material.TopicIds.Count > 0) facts.Add(new(MaterialsTexts.TopicsLabel.German, topics.NamesOf(material.TopicIds)));
        if (material.Tags.Count > 0) facts.Add(new(MaterialsTexts.TagsLabel.German, SafeText.Escape(string.Join(", ", material.Tags))));
        return facts;
    }

    private static string? Note(Material material) =>
        material.Withdrawn ? MaterialsTexts.WithdrawnNote.German
        : material.Visibility == MaterialVisibility.LksOnly ? MaterialsTexts.LksOnlyNote.German
        : material.LinkFailingSince is not null ? MaterialsTexts.LinkFailingNote.German
        : null;
}
