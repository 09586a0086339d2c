using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// Answers to network questions — by the card's form, by a reply in the thread of the channel card, or typed as
/// „Antwort auf N7: …“ — and what the asker does with them: „Hat geholfen“ and „Frage schließen“. An answer is stored
/// once (same author, question and text), then the asker is told through the outbox and the channel card shows the new count.
/// </summary>
public sealed class NetworkAnswering(INetworkStore store, ILanguageAnalyzer analyzer, INetworkOutbound outbound, NetworkOptions options)
{
    public const string AnswerPattern = @"^antwort\s+(?:auf|zu|an)\s+(?<number>N?\d{1,12})\s*[:,–-]\s*(?<text>[\s\S]+)$";
    public const string ShowPattern = @"^(?:netzwerkfrage\s+)?(?<number>N\d{1,12})$";

    public async Task OpenFormAsync(FeatureTurn turn, OpenNetworkAnswer action, CancellationToken cancellationToken)
    {
        if (await OpenQuestionAsync(turn, action.QuestionId, cancellationToken) is { } question) turn.Send(NetworkCards.AnswerForm(question));
    }

    public Task SubmitAsync(FeatureTurn turn, SubmitNetworkAnswer action, CancellationToken cancellationToken) =>
        AnswerAsync(turn, action.QuestionId, action.Text, cancellationToken);

    public Task AnswerFromWordsAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        AnswerAsync(turn, NetworkNumbers.Parse(match.Groups["number"].Value, 'N') ?? 0, match.Groups["text"].Value, cancellationToken);

    /// <summary>
    /// A reply in a thread of the network channel: the answer to the question whose card starts the thread. Any other
    /// thread there is told so, and nothing is stored. Threads elsewhere are not the network's (false: route as usual).
    /// </summary>
    public async Task<bool> ThreadReplyAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.ThreadRootId is not { } root || turn.Input.ConversationKind != ConversationKind.Channel
            || options.ChannelConversationId is not { } channel || turn.Input.ConversationId != channel) return false;
        var question = await store.FindByCardAsync(root, cancellationToken);
        if (question is null) turn.Send(NetworkTexts.UnrelatedThread.German);
        else await AnswerAsync(turn, question.Id, turn.Input.Text, cancellationToken);
        return true;
    }

    public async Task AnswerAsync(FeatureTurn turn, long questionId, string text, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (await OpenQuestionAsync(turn, questionId, cancellationToken) is not { } question) return;
        var authorKey = ConversationKeys.ForUser(turn.Input.User);
        if (question.AskerKey == authorKey) { turn.Send(NetworkTexts.OwnQuestion.German); return; }
        if (text.Length < NetworkOptions.MinTextLength) { turn.Send(NetworkTexts.AnswerTooShort.Format(NetworkOptions.MinTextLength)); return; }
        if (text.Length > NetworkOptions.MaxTextLength) { turn.Send(NetworkTexts.TooLong.Format(text.Length, NetworkOptions.MaxTextLength)); return; }
        var analysis = await analyzer.AnalyzeAsync(text, cancellationToken);
        var sourceKey = SourceKey(authorKey, question, analysis.RedactedText);
        if (await store.CountSinceAsync(authorKey, answers: true, GermanTime.StartOfDay(turn.Now), cancellationToken) >= options.MaxAnswersPerDay
            && !await store.HasAnswerSourceAsync(sourceKey, cancellationToken))
        {
            turn.Send(NetworkTexts.AnswerDailyLimit.Format(options.MaxAnswersPerDay));
            return;
        }
        var name = turn.Input.User.Name.Trim().Length > 0 ? turn.Input.User.Name.Trim() : NetworkTexts.AnonymousInNrw.German;
        var outcome = await store.AnswerAsync(new NewNetworkAnswer(question.Id, authorKey, name, analysis.RedactedText, sourceKey, turn.Now), cancellationToken);
        if (outcome.Answer is not { } answer) { turn.Send(StateRefusal(outcome.Question ?? question)); return; }
        if (!outcome.IsNew) { turn.Send(NetworkTexts.AnswerAgain.Format(answer.Number)); return; }
        turn.Send(NetworkTexts.AnswerSaved.Format(answer.Number, question.Number) + (analysis.Pii.Count > 0 ? "\n\n" + NetworkTexts.AnswerRedacted.German : ""));
        var current = outcome.Question!;
        await outbound.SendAsync(current.AskerKey, NetworkCards.NewAnswer(current, answer), NetworkSubjects.Of(answer), NetworkSubjects.Of(answer) + ":asker", cancellationToken);
        await outbound.ShowCardAsync(current, NetworkCards.Channel(current), cancellationToken);
    }

    public async Task HelpfulAsync(FeatureTurn turn, MarkNetworkAnswerHelpful action, CancellationToken cancellationToken)
    {
        var answer = await store.FindAnswerAsync(action.AnswerId, cancellationToken);
        var question = answer is null ? null : await store.FindAsync(answer.QuestionId, cancellationToken);
        if (answer is null || question is null || answer.Hidden) { turn.Send(NetworkTexts.UnknownPost.Format(NetworkNumbers.Answer(action.AnswerId))); return; }
        if (question.AskerKey != ConversationKeys.ForUser(turn.Input.User)) { turn.Send(NetworkTexts.NotYourQuestion.Format(question.Number)); return; }
        if (!await store.MarkHelpfulAsync(answer.Id, cancellationToken)) { turn.Send(NetworkTexts.HelpfulAlready.Format(answer.Number)); return; }
        turn.Send(NetworkTexts.HelpfulThanks.Format(answer.Number, SafeText.Escape(answer.AuthorName)));
        await outbound.SendAsync(answer.AuthorKey, Reply.Plain(NetworkTexts.HelpfulToAuthor.Format(answer.Number, question.Number)),
            NetworkSubjects.Of(answer), NetworkSubjects.Of(answer) + ":helpful", cancellationToken);
    }

    public async Task CloseAsync(FeatureTurn turn, CloseNetworkQuestion action, CancellationToken cancellationToken)
    {
        var question = await store.FindAsync(action.QuestionId, cancellationToken);
        if (question is null || !question.IsVisible) { turn.Send(NetworkTexts.UnknownQuestion.Format(NetworkNumbers.Question(action.QuestionId))); return; }
        if (question.AskerKey != ConversationKeys.ForUser(turn.Input.User)) { turn.Send(NetworkTexts.NotYourQuestion.Format(question.Number)); return; }
        if (!await store.ChangeStateAsync(question.Id, NetworkState.Closed, null, turn.Now, cancellationToken)) { turn.Send(NetworkTexts.ClosedAlready.Format(question.Number)); return; }
        turn.Send(NetworkTexts.Closed.Format(question.Number));
        if (await store.FindAsync(question.Id, cancellationToken) is { } closed) await outbound.ShowCardAsync(closed, NetworkCards.Channel(closed), cancellationToken);
    }

    /// <summary>„N7“: the question; its asker also sees how far the personal copies got and its visible answers with their buttons.</summary>
    public async Task ShowAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var id = NetworkNumbers.Parse(match.Groups["number"].Value, 'N') ?? 0;
        var question = await store.FindAsync(id, cancellationToken);
        if (question is null || !question.IsVisible) { turn.Send(NetworkTexts.UnknownQuestion.Format(NetworkNumbers.Question(id))); return; }
        turn.Send(NetworkCards.Channel(question));
        if (question.AskerKey != ConversationKeys.ForUser(turn.Input.User)) return;
        // The asker sees how far the personal copies got („an 4 von 5 gesendet“).
        if (question.BatchId is { } batch && await outbound.ProgressAsync(batch, cancellationToken) is { } progress) turn.Send(NetworkTexts.Progress.Format(progress));
        foreach (var answer in (await store.AnswersAsync(question.Id, cancellationToken)).Where(answer => !answer.Hidden))
            turn.Send(NetworkCards.NewAnswer(question, answer));
    }

    /// <summary>The question when it takes answers; otherwise the reason is sent and null returned.</summary>
    private async Task<NetworkQuestion?> OpenQuestionAsync(FeatureTurn turn, long id, CancellationToken cancellationToken)
    {
        var question = id > 0 ? await store.FindAsync(id, cancellationToken) : null;
        if (question is null) { turn.Send(NetworkTexts.UnknownQuestion.Format(NetworkNumbers.Question(id))); return null; }
        if (question.IsOpen) return question;
        turn.Send(StateRefusal(question));
        return null;
    }

    private static string StateRefusal(NetworkQuestion question) => question.State == NetworkState.Closed
        ? NetworkTexts.QuestionClosed.Format(question.Number)
        : NetworkTexts.QuestionGone.Format(question.Number);

    /// <summary>Same author, same question, same words: one answer, whether it came twice by a double click or a redelivery.</summary>
    private static string SourceKey(string authorKey, NetworkQuestion question, string text)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(GermanText.FoldText(text))))[..24];
        return authorKey + "|" + question.Number + "|" + hash;
    }
}
