using System.Globalization;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Materials;

/// <summary>The material a button is about; shared by every material button (its id as text).</summary>
internal static class MaterialId
{
    public const string Key = "material";
    public const int MaxLength = 10;

    public static int? Read(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, Key, MaxLength) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public static IReadOnlyDictionary<string, string> Data(int id) => new Dictionary<string, string> { [Key] = id.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>„Ähnliche Konzepte“ for the Handlungskonzept <see cref="Id"/>.</summary>
public sealed record ShowSimilarConcepts(int Id) : ICardAction<ShowSimilarConcepts>
{
    public static string Verb => "materials.similar";
    public static ShowSimilarConcepts? Bind(IReadOnlyDictionary<string, string> values) => MaterialId.Read(values) is { } id ? new(id) : null;
    public IReadOnlyDictionary<string, string> Data => MaterialId.Data(Id);
}

/// <summary>„Kontakt aufnehmen“ with the office (and the author) of a material.</summary>
public sealed record ContactAuthor(int Id) : ICardAction<ContactAuthor>
{
    public static string Verb => "materials.contact";
    public static ContactAuthor? Bind(IReadOnlyDictionary<string, string> values) => MaterialId.Read(values) is { } id ? new(id) : null;
    public IReadOnlyDictionary<string, string> Data => MaterialId.Data(Id);
}

/// <summary>„Bearbeiten“: the form with the material's values (owner and LKS only).</summary>
public sealed record EditMaterial(int Id) : ICardAction<EditMaterial>
{
    public static string Verb => "materials.edit";
    public static EditMaterial? Bind(IReadOnlyDictionary<string, string> values) => MaterialId.Read(values) is { } id ? new(id) : null;
    public IReadOnlyDictionary<string, string> Data => MaterialId.Data(Id);
}

/// <summary>„Zurückziehen“ (owner and LKS only).</summary>
public sealed record WithdrawMaterial(int Id) : ICardAction<WithdrawMaterial>
{
    public static string Verb => "materials.withdraw";
    public static WithdrawMaterial? Bind(IReadOnlyDictionary<string, string> values) => MaterialId.Read(values) is { } id ? new(id) : null;
    public IReadOnlyDictionary<string, string> Data => MaterialId.Data(Id);
}

/// <summary>„Wieder teilen“ of a withdrawn material (owner and LKS only).</summary>
public sealed record ReshareMaterial(int Id) : ICardAction<ReshareMaterial>
{
    public static string Verb => "materials.reshare";
    public static ReshareMaterial? Bind(IReadOnlyDictionary<string, string> values) => MaterialId.Read(values) is { } id ? new(id) : null;
    public IReadOnlyDictionary<string, string> Data => MaterialId.Data(Id);
}
