using System.Globalization;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>„Auf Version N zurücksetzen“ under the history: asks for confirmation first.</summary>
public sealed record RollbackArticle(string Id, int Version) : ICardAction<RollbackArticle>
{
    public static string Verb => "kb.rollback";

    public static RollbackArticle? Bind(IReadOnlyDictionary<string, string> values) =>
        HistoryKeys.Id(values) is { } id && HistoryKeys.Number(values, HistoryKeys.Version) is { } version ? new RollbackArticle(id, version) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>
    {
        [HistoryKeys.ArticleId] = Id,
        [HistoryKeys.Version] = Version.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>„Ja, zurücksetzen“: carries the version that was published when the LKS was asked, so a later change is never overwritten.</summary>
public sealed record ConfirmRollback(string Id, int Version, int Published) : ICardAction<ConfirmRollback>
{
    public static string Verb => "kb.rollback.confirm";

    public static ConfirmRollback? Bind(IReadOnlyDictionary<string, string> values) =>
        HistoryKeys.Id(values) is { } id && HistoryKeys.Number(values, HistoryKeys.Version) is { } version
            && HistoryKeys.Number(values, HistoryKeys.Published) is { } published ? new ConfirmRollback(id, version, published) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string>
    {
        [HistoryKeys.ArticleId] = Id,
        [HistoryKeys.Version] = Version.ToString(CultureInfo.InvariantCulture),
        [HistoryKeys.Published] = Published.ToString(CultureInfo.InvariantCulture),
    };
}

internal static class HistoryKeys
{
    public const string ArticleId = "id";
    public const string Version = "version";
    public const string Published = "published";

    public static string? Id(IReadOnlyDictionary<string, string> values) => CardActions.Text(values, ArticleId, OpenArticle.MaxIdLength);

    public static int? Number(IReadOnlyDictionary<string, string> values, string key) =>
        CardActions.Text(values, key, 9) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
