using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// Keeping the network's questions clean: the LKS hides a question or an answer with a reason its author is told
/// (LKS routes, behind the guard); anyone withdraws their own. The channel card follows each change.
/// </summary>
public sealed class NetworkModeration(INetworkStore store, INetworkOutbound outbound)
{
    public const string HidePattern = @"^(?<number>[NA]\d{1,12})\s+ausblenden\s*[:,–-]\s*(?<reason>[\s\S]+)$";
    public const string WithdrawPattern = @"^(?<number>[NA]\d{1,12})\s+zur(?:ü|ue)ckziehen$";

    public static void Refuse(FeatureTurn turn) => turn.Send(NetworkTexts.NotLks.German);

    public Task OpenHideFormAsync(FeatureTurn turn, OpenHideForm action, CancellationToken cancellationToken)
    {
        turn.Send(NetworkCards.HideForm(action.Number));
        return Task.CompletedTask;
    }

    public Task HideAsync(FeatureTurn turn, HideNetworkPost action, CancellationToken cancellationToken) =>
        HideAsync(turn, action.Number, action.Reason, cancellationToken);

    public Task HideFromWordsAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        HideAsync(turn, match.Groups["number"].Value.ToUpperInvariant(), match.Groups["reason"].Value.Trim(), cancellationToken);

    public async Task WithdrawAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var number = match.Groups["number"].Value.ToUpperInvariant();
        var me = ConversationKeys.ForUser(turn.Input.User);
        if (NetworkNumbers.Parse(number, 'N') is { } questionId)
        {
            var question = await store.FindAsync(questionId, cancellationToken);
            if (question is null) { turn.Send(NetworkTexts.UnknownPost.Format(number)); return; }
            if (question.AskerKey != me) { turn.Send(NetworkTexts.NotYourQuestion.Format(number)); return; }
            if (!await store.ChangeStateAsync(questionId, NetworkState.Withdrawn, null, turn.Now, cancellationToken)) { turn.Send(NetworkTexts.HiddenAlready.Format(number)); return; }
            turn.Send(NetworkTexts.Withdrawn.Format(number));
            await RefreshCardAsync(questionId, cancellationToken);
            return;
        }
        var answer = await store.FindAnswerAsync(NetworkNumbers.Parse(number, 'A') ?? 0, cancellationToken);
        if (answer is null) { turn.Send(NetworkTexts.UnknownPost.Format(number)); return; }
        if (answer.AuthorKey != me) { turn.Send(NetworkTexts.NotYourAnswer.Format(number)); return; }
        if (!await store.HideAnswerAsync(answer.Id, null, cancellationToken)) { turn.Send(NetworkTexts.HiddenAlready.Format(number)); return; }
        turn.Send(NetworkTexts.Withdrawn.Format(number));
        await RefreshCardAsync(answer.QuestionId, cancellationToken);
    }

    private async Task HideAsync(FeatureTurn turn, string number, string reason, CancellationToken cancellationToken)
    {
        if (NetworkNumbers.Parse(number, 'N') is { } questionId)
        {
            var question = await store.FindAsync(questionId, cancellationToken);
            if (question is null) { turn.Send(NetworkTexts.UnknownPost.Format(number)); return; }
            if (!await store.ChangeStateAsync(questionId, NetworkState.Hidden, reason, turn.Now, cancellationToken)) { turn.Send(NetworkTexts.HiddenAlready.Format(number)); return; }
            turn.Send(NetworkTexts.HiddenQuestion.Format(number, SafeText.Escape(NetworkCards.AskerLabel(question))));
            await TellAuthorAsync(question.AskerKey, number, reason, NetworkSubjects.Of(question), cancellationToken);
            await RefreshCardAsync(questionId, cancellationToken);
            return;
        }
        var answer = await store.FindAnswerAsync(NetworkNumbers.Parse(number, 'A') ?? 0, cancellationToken);
        if (answer is null) { turn.Send(NetworkTexts.UnknownPost.Format(number)); return; }
        if (!await store.HideAnswerAsync(answer.Id, reason, cancellationToken)) { turn.Send(NetworkTexts.HiddenAlready.Format(number)); return; }
        turn.Send(NetworkTexts.HiddenAnswer.Format(number, SafeText.Escape(answer.AuthorName)));
        await TellAuthorAsync(answer.AuthorKey, number, reason, NetworkSubjects.Of(answer), cancellationToken);
        await RefreshCardAsync(answer.QuestionId, cancellationToken);
    }

    private Task TellAuthorAsync(string authorKey, string number, string reason, string subject, CancellationToken cancellationToken) =>
        outbound.SendAsync(authorKey, Reply.Plain(NetworkTexts.HiddenToAuthor.Format(number, SafeText.Escape(reason))), subject, subject + ":hidden", cancellationToken);

    private async Task RefreshCardAsync(long questionId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(questionId, cancellationToken) is { } question) await outbound.ShowCardAsync(question, NetworkCards.Channel(question), cancellationToken);
    }
}
