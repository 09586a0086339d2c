using System.Globalization;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>
/// `kb import [ORDNER]`, `kb export ORDNER`, `kb history ID`, `kb rollback ID VERSION` over the configured database
/// (the host opens the store: migrated, and seeded from the content folder when empty, as at a start of the bot).
/// Returns the exit code: 0 done, 1 refused (problems, unknown article or version), 2 wrong call.
/// </summary>
public sealed class KnowledgeStoreCommandLine(IKnowledgeStore store, string contentFolder, TimeProvider clock, string actor)
{
    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        try
        {
            return args switch
            {
                ["import"] => await ImportAsync(contentFolder, stdout, stderr, cancellationToken),
                ["import", var folder] => await ImportAsync(folder, stdout, stderr, cancellationToken),
                ["export", var folder] => await ExportAsync(folder, stdout, cancellationToken),
                ["history", var id] => await HistoryAsync(id, stdout, stderr, cancellationToken),
                ["rollback", var id, var version] when int.TryParse(version.TrimStart('v', 'V'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) =>
                    await RollbackAsync(id, number, stdout, stderr, cancellationToken),
                _ => Usage(stderr),
            };
        }
        catch (KnowledgeStoreException)
        {
            await stderr.WriteLineAsync(KnowledgeStoreTexts.StoreFailed.German);
            return 1;
        }
    }

    private static int Usage(TextWriter stderr)
    {
        stderr.WriteLine(KnowledgeStoreTexts.CommandUsage.German);
        return 2;
    }

    private string ChangedBy => KnowledgeStoreTexts.CommandLineActor.Format(actor);

    private async Task<int> ImportAsync(string folder, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (result, issues) = await KnowledgeFolderSync.ImportAsync(store, folder, ChangedBy, clock.GetUtcNow(), cancellationToken);
        foreach (var issue in issues) await stderr.WriteLineAsync(issue.ToString());
        if (result is null)
        {
            await stderr.WriteLineAsync(KnowledgeStoreTexts.ImportRefused.Format(issues.Count));
            return 1;
        }
        await stdout.WriteLineAsync(KnowledgeStoreTexts.ImportDone.Format(folder, result.Added.Count, result.Changed.Count, result.Unchanged));
        foreach (var id in result.Added) await stdout.WriteLineAsync("  + " + id);
        foreach (var id in result.Changed) await stdout.WriteLineAsync("  ~ " + id);
        return 0;
    }

    private async Task<int> ExportAsync(string folder, TextWriter stdout, CancellationToken cancellationToken)
    {
        var (written, removed) = await KnowledgeFolderSync.ExportAsync(store, folder, cancellationToken);
        await stdout.WriteLineAsync(KnowledgeStoreTexts.ExportDone.Format(written, folder));
        if (removed.Count > 0) await stdout.WriteLineAsync(KnowledgeStoreTexts.ExportRemoved.Format(removed.Count));
        foreach (var file in removed) await stdout.WriteLineAsync("  - " + file);
        return 0;
    }

    private async Task<int> HistoryAsync(string id, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var versions = await store.HistoryAsync(id, cancellationToken);
        if (versions.Count == 0)
        {
            await stderr.WriteLineAsync(KnowledgeStoreTexts.UnknownArticle.Format(id));
            return 1;
        }
        await stdout.WriteLineAsync(KnowledgeStoreTexts.HistoryHeader.Format(id, versions[^1].Article.Title));
        foreach (var version in versions)
        {
            var change = version.Change;
            await stdout.WriteLineAsync(KnowledgeStoreTexts.HistoryRow.Format(
                version.IsPublished ? "*" : " ", version.Version, GermanTime.DateAndTime(change.At), KnowledgeStoreTexts.StatusName(version.Article.Status),
                change.ChangedBy, change.ApprovedBy is { } approver ? KnowledgeStoreTexts.ApprovedBy.Format(approver) : "",
                change.Note is { } note ? " – " + note : ""));
        }
        return 0;
    }

    private async Task<int> RollbackAsync(string id, int version, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var change = new ArticleChange(ChangedBy, clock.GetUtcNow(), Note: KnowledgeStoreTexts.RollbackNote.Format(version));
        var outcome = await store.RollbackAsync(id, version, expectedPublished: null, change, cancellationToken);
        var (message, code) = await RollbackMessageAsync(store, id, version, outcome, cancellationToken);
        await (code == 0 ? stdout : stderr).WriteLineAsync(message);
        return code;
    }

    /// <summary>What a rollback did, in the words Teams and the command line share; code 0 when the article now has that content.</summary>
    public static async Task<(string Message, int Code)> RollbackMessageAsync(IKnowledgeStore store, string id, int version, RollbackOutcome outcome,
        CancellationToken cancellationToken) => outcome.Result switch
    {
        RollbackResult.RolledBack => (KnowledgeStoreTexts.RolledBack.Format(id, version, outcome.PublishedVersion), 0),
        RollbackResult.AlreadyPublished => (KnowledgeStoreTexts.AlreadyPublished.Format(id, version, outcome.PublishedVersion), 0),
        RollbackResult.ChangedMeanwhile => (KnowledgeStoreTexts.ChangedMeanwhile.Format(id, outcome.PublishedVersion), 1),
        RollbackResult.UnknownVersion => (KnowledgeStoreTexts.UnknownVersion.Format(id, version, (await store.HistoryAsync(id, cancellationToken)).Count), 1),
        _ => (KnowledgeStoreTexts.UnknownArticle.Format(id), 1),
    };
}
