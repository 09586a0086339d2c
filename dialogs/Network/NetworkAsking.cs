using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// „Frag das Netzwerk: …“ and the button under a knowledge answer: the text is checked for personal data with the
/// request intake's analysis, the user sees the redacted text and chooses to ask under their name or as „eine Fachkraft
/// aus dem Regierungsbezirk …“. The confirmed question is stored once per draft, in one transaction with what it sends
/// (the channel card and the personal messages to the colleagues whose topics fit, through the outbox), then confirmed.
/// </summary>
public sealed class NetworkAsking(INetworkStore store, ILanguageAnalyzer analyzer, IRegionDirectory regions, NetworkRecipients recipients,
    INetworkOutbound outbound, NetworkOptions options)
{
    public const string AskPattern = @"^frag(?:e|t)?\s+(?:das|im)\s+netzwerk\s*[:,–-]?\s*(?<text>[\s\S]*)$";

    public Task AskFromWordsAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        CheckAsync(turn, match.Groups["text"].Value, cancellationToken);

    public Task AskFromButtonAsync(FeatureTurn turn, AskNetwork action, CancellationToken cancellationToken) =>
        CheckAsync(turn, action.Question, cancellationToken);

    private async Task CheckAsync(FeatureTurn turn, string text, CancellationToken cancellationToken)
    {
        if (!IsPersonal(turn)) return;
        if (Refusal(text.Trim()) is { } refusal) { turn.Send(refusal); return; }
        var analysis = await analyzer.AnalyzeAsync(text.Trim(), cancellationToken);
        var draftId = Guid.NewGuid().ToString("N");
        var anonymous = NetworkCards.AnonymousLabel(RegierungsbezirkOf(turn));
        turn.Send(new Reply
        {
            Title = NetworkTexts.ConfirmTitle.German,
            Text = NetworkTexts.ConfirmText.Format(SafeText.Escape(analysis.RedactedText)),
            Note = analysis.Pii.Count > 0 ? NetworkTexts.ConfirmRedacted.German : null,
            Actions =
            [
                CardActions.Button(NetworkTexts.PostNamed.German, new PostNetworkQuestion(draftId, analysis.RedactedText, Anonymous: false)),
                CardActions.Button(NetworkTexts.PostAnonymous.Format(anonymous), new PostNetworkQuestion(draftId, analysis.RedactedText, Anonymous: true)),
            ],
        });
    }

    public async Task PostAsync(FeatureTurn turn, PostNetworkQuestion action, CancellationToken cancellationToken)
    {
        if (!IsPersonal(turn)) return;
        if (Refusal(action.Text) is { } refusal) { turn.Send(refusal); return; }
        var askerKey = ConversationKeys.ForUser(turn.Input.User);
        try
        {
            // The card's text is checked again: a forged card must not carry personal data past the check.
            var text = (await analyzer.AnalyzeAsync(action.Text, cancellationToken)).RedactedText;
            var sourceKey = askerKey + "|network:" + action.DraftId;
            if (await LimitReachedAsync(askerKey, sourceKey, turn.Now, cancellationToken)) { turn.Send(NetworkTexts.DailyLimit.Format(options.MaxQuestionsPerDay)); return; }
            var name = action.Anonymous || turn.Input.User.Name.Trim().Length == 0 ? null : turn.Input.User.Name.Trim();
            // Chosen before storing: the store queues the card and the personal copies in the question's own transaction.
            var chosen = await recipients.ChooseAsync(askerKey, text, turn.User.Profile?.Region, cancellationToken);
            var (question, isNew) = await store.AskAsync(new NewNetworkQuestion(askerKey, name, RegierungsbezirkOf(turn), text, sourceKey, turn.Now) { Recipients = chosen },
                cancellationToken);
            if (!isNew) { turn.Send(NetworkTexts.PostedAgain.Format(question.Number)); return; }
            await ConfirmAsync(turn, question, chosen.Count, cancellationToken);
        }
        catch (NetworkStoreException)
        {
            turn.Send(NetworkTexts.StoreFailed.German);
        }
    }

    /// <summary>Stored, and its card and personal copies queued with it: the confirmation with the batch's progress.</summary>
    private async Task ConfirmAsync(FeatureTurn turn, NetworkQuestion question, int recipientCount, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        if (recipientCount > 0)
        {
            lines.Add(NetworkTexts.Posted.Format(question.Number, recipientCount));
            if (question.BatchId is { } batch && await outbound.ProgressAsync(batch, cancellationToken) is { } progress) lines.Add(NetworkTexts.Progress.Format(progress));
        }
        else lines.Add(NetworkTexts.PostedNoPeers.Format(question.Number));
        if (options.ChannelConversationId is null) lines.Add(NetworkTexts.PostedNoChannel.German);
        turn.Send(string.Join("\n\n", lines));
    }

    /// <summary>The daily limit, not counting the question this click would find stored already (a double click is told its number).</summary>
    private async Task<bool> LimitReachedAsync(string askerKey, string sourceKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await store.CountSinceAsync(askerKey, answers: false, GermanTime.StartOfDay(now), cancellationToken) >= options.MaxQuestionsPerDay
            && !await store.HasSourceAsync(sourceKey, cancellationToken);
    }

    private static string? Refusal(string text) =>
        text.Length < NetworkOptions.MinTextLength ? NetworkTexts.TooShort.Format(NetworkOptions.MinTextLength)
        : text.Length > NetworkOptions.MaxTextLength ? NetworkTexts.TooLong.Format(text.Length, NetworkOptions.MaxTextLength)
        : null;

    private string? RegierungsbezirkOf(FeatureTurn turn) =>
        turn.User.Profile is { } profile ? regions.ByName(profile.Region)?.Regierungsbezirk : null;

    /// <summary>Asking happens in the personal chat: the confirmation shows the user's own words, which a channel should not see first.</summary>
    internal static bool IsPersonal(FeatureTurn turn)
    {
        if (turn.Input.ConversationKind == ConversationKind.Personal) return true;
        turn.Send(NetworkTexts.OnlyPersonal.German);
        return false;
    }
}
