using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Pool;

/// <summary>A person's name on a peers list: shows their Kompetenzpool card. Carries the public id, never the user key.</summary>
public sealed record ShowPoolProfile(string PublicId) : ICardAction<ShowPoolProfile>
{
    public static string Verb => "pool.card";
    public const string IdKey = "id";
    public const int MaxIdLength = 40;

    public static ShowPoolProfile? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, IdKey, MaxIdLength) is { } id ? new ShowPoolProfile(id) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [IdKey] = PublicId };
}

/// <summary>„Ist noch aktuell“: confirms the clicker's own profile (whose it is comes from the turn, not the card).</summary>
public sealed record ConfirmPoolProfile : ICardAction<ConfirmPoolProfile>
{
    public static string Verb => "pool.renew";

    public static ConfirmPoolProfile? Bind(IReadOnlyDictionary<string, string> values) => new();

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>();
}

/// <summary>„Löschen“ on the own profile: asks before it deletes.</summary>
public sealed record AskDeletePoolProfile : ICardAction<AskDeletePoolProfile>
{
    public static string Verb => "pool.delete";

    public static AskDeletePoolProfile? Bind(IReadOnlyDictionary<string, string> values) => new();

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>();
}

/// <summary>„Ja, löschen“: deletes the clicker's own profile; a second click finds nothing to delete.</summary>
public sealed record DeletePoolProfile : ICardAction<DeletePoolProfile>
{
    public static string Verb => "pool.delete.yes";

    public static DeletePoolProfile? Bind(IReadOnlyDictionary<string, string> values) => new();

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>();
}

/// <summary>„Behalten“: nothing changes.</summary>
public sealed record KeepPoolProfile : ICardAction<KeepPoolProfile>
{
    public static string Verb => "pool.delete.no";

    public static KeepPoolProfile? Bind(IReadOnlyDictionary<string, string> values) => new();

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>();
}

/// <summary>„Bearbeiten“ on the own profile: the form, filled with what is stored.</summary>
public sealed record EditPoolProfile : ICardAction<EditPoolProfile>
{
    public static string Verb => "pool.edit";

    public static EditPoolProfile? Bind(IReadOnlyDictionary<string, string> values) => new();

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>();
}
