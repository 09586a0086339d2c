using System.Globalization;

namespace NrwBot.Dialogs.Materials;

/// <summary>The form's field ids and the checked values of a filled-in form, read back into a material.</summary>
public static class MaterialDraft
{
    public const string TitleField = "title";
    public const string KindField = "kind";
    public const string TopicsField = "topics";
    public const string TagsField = "tags";
    public const string RegionField = "region";
    public const string YearField = "year";
    public const string LinkField = "link";
    public const string DescriptionField = "description";
    public const string VisibilityField = "visibility";

    public const string NetworkValue = "network";
    public const string LksOnlyValue = "lks";

    /// <summary>Separates topic ids and tags in a stored value.</summary>
    public const char ListSeparator = '|';

    /// <summary>Separates topics and tags in the form („Schule, Netzwerkarbeit“).</summary>
    public const char FormSeparator = ',';

    public static Material Read(IReadOnlyDictionary<string, string> values, string ownerKey, MaterialTopics topics) => new()
    {
        OwnerKey = ownerKey,
        Title = values[TitleField],
        Kind = MaterialKinds.Parse(values[KindField]) ?? MaterialKind.Sonstiges,
        TopicIds = topics.IdsOf(values.GetValueOrDefault(TopicsField)),
        Tags = SplitForm(values.GetValueOrDefault(TagsField)),
        Region = values[RegionField],
        Year = int.Parse(values[YearField], CultureInfo.InvariantCulture),
        Link = values[LinkField],
        Description = values.GetValueOrDefault(DescriptionField) ?? "",
        Visibility = values.GetValueOrDefault(VisibilityField) == LksOnlyValue ? MaterialVisibility.LksOnly : MaterialVisibility.Network,
    };

    /// <summary>A stored material as form values (to edit it).</summary>
    public static Dictionary<string, string> ValuesOf(Material material, MaterialTopics topics) => new()
    {
        [TitleField] = material.Title,
        [KindField] = material.Kind.ToString(),
        [TopicsField] = topics.NamesOf(material.TopicIds),
        [TagsField] = string.Join(FormSeparator + " ", material.Tags),
        [RegionField] = material.Region,
        [YearField] = material.Year.ToString(CultureInfo.InvariantCulture),
        [LinkField] = material.Link,
        [DescriptionField] = material.Description,
        [VisibilityField] = material.Visibility == MaterialVisibility.LksOnly ? LksOnlyValue : NetworkValue,
    };

    public static IReadOnlyList<string> SplitForm(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split([FormSeparator, ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> items) => string.Join(ListSeparator, items);

    public static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
