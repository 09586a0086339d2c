using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// „Ergebnisse erfassen“ in Teams, for the LKS (behind the LKS guard, see <see cref="ResultsRoutes"/>): the protocol
/// pasted after the command (or into the form it shows, or attached as a text file, or entered step by step in
/// <see cref="ResultsEntryFlow"/>) is read by the same <see cref="ResultsParser"/> as <c>results import</c>, shown as
/// a preview, and stored only on „Speichern“: all of it once, or with a broken structure nothing, with every problem
/// and its line.
/// </summary>
public sealed class ResultsCapture(ResultsParser parser, SupportNeedClassifier classifier, IResultsStore store, ResultsEntryFlow entry)
{
    /// <summary>The route pattern; "text" is the pasted protocol (may be empty).</summary>
    public const string Pattern = @"^ergebnisse\s+erfassen\b[ \t:]*(?<text>[\s\S]*)$";

    /// <summary>
    /// A protocol pasted in chat may be longer than an ordinary message (Teams allows about 28 KB per message);
    /// longer protocols go through the command line (<c>results import</c>, up to <see cref="ResultsParser.MaxTextLength"/>).
    /// </summary>
    public const int MaxProtocolLength = 30_000;

    /// <summary>At most this many problems are listed in chat; the rest are counted.</summary>
    public const int ProblemLimit = 12;

    private static readonly Regex Command = new(@"^\s*ergebnisse\s+erfassen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Whether a message may be as long as a protocol: the command with its text, or the form and button that carry one.</summary>
    public static bool TakesLongText(string text, string? verb) =>
        verb == PreviewResults.Verb || verb == StoreResults.Verb || (verb is null && Command.IsMatch(text));

    /// <summary>With the protocol: its preview. With a text file attached: the file's preview. Alone: the entry waits for either, or goes step by step.</summary>
    public Task StartAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var protocol = match.Groups["text"].Value.Trim();
        if (protocol.Length == 0 && turn.Input.HasFiles) return entry.TakeFilesAsync(turn, cancellationToken);
        if (protocol.Length == 0) return entry.StartAsync(turn, cancellationToken);
        ResultsEntryFlow.EndIfRunning(turn);
        Preview(turn, protocol);
        return Task.CompletedTask;
    }

    public Task PreviewAsync(FeatureTurn turn, PreviewResults preview, CancellationToken cancellationToken)
    {
        ResultsEntryFlow.EndIfRunning(turn);
        Preview(turn, preview.Protocol);
        return Task.CompletedTask;
    }

    public async Task StoreAsync(FeatureTurn turn, StoreResults save, CancellationToken cancellationToken)
    {
        var import = parser.Parse(save.Protocol);
        if (!import.Succeeded)
        {
            turn.Send(ResultsReplies.Problems(import.Problems));
            return;
        }
        var results = import.Results!;
        var categories = classifier.Classify(results).DistinctBy(pair => pair.Item).ToDictionary(pair => pair.Item, pair => pair.Category.Id);
        // Stored before the bot says so; a second click finds the meeting by title and day and stores nothing.
        var stored = await store.SaveAsync(results, categories, cancellationToken);
        ResultsEntryFlow.EndIfRunning(turn);
        turn.Send(stored.WasAlreadyStored
            ? ResultsTexts.AlreadyStored.Format(SafeText.Escape(results.Title), results.Date.ToDateTime(TimeOnly.MinValue), stored.Id)
            : ResultsTexts.StoredInChat.Format(SafeText.Escape(results.Title), stored.Id));
    }

    private void Preview(FeatureTurn turn, string protocol)
    {
        var import = parser.Parse(protocol);
        turn.Send(import.Succeeded
            ? ResultsReplies.Preview(import.Results!, classifier.Count(import.Results!), new StoreResults(protocol))
            : ResultsReplies.Problems(import.Problems));
    }
}
