using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Privacy;

namespace NrwBot.Dialogs.Network;

/// <summary>The user's network questions, answers and opt-in in „Meine Daten“; „Meine Daten löschen“ removes them (and what still waits to be sent about them).</summary>
public sealed class NetworkPersonalData(INetworkStore store, INetworkOutbound outbound) : IPersonalDataSection
{
    public async Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.ForUser(turn.Input.User);
        var questions = await store.QuestionsOfAsync(key, cancellationToken);
        var answers = await store.AnswersOfAsync(key, cancellationToken);
        var optIn = (await store.IsOptedInAsync(key, cancellationToken) ? NetworkTexts.On : NetworkTexts.Off).German;
        if (questions.Count == 0 && answers.Count == 0) return NetworkTexts.MyDataNone.Format(optIn);
        var lines = new List<string> { NetworkTexts.MyDataSummary.Format(questions.Count, answers.Count, optIn) };
        lines.AddRange(questions.Select(question => NetworkTexts.MyDataQuestion.Format(question.Number, NetworkCards.Date(question.CreatedAt),
            NetworkCards.StateName(question.State), SafeText.Escape(SafeText.Shorten(question.Text, 200)))));
        lines.AddRange(answers.Select(answer => NetworkTexts.MyDataAnswer.Format(answer.Number, NetworkNumbers.Question(answer.QuestionId),
            SafeText.Escape(SafeText.Shorten(answer.Text, 200)))));
        return string.Join("\n", lines);
    }

    public async Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.ForUser(turn.Input.User);
        var answers = await store.AnswersOfAsync(key, cancellationToken);
        var questions = await store.ForgetAsync(key, cancellationToken);
        await outbound.ForgetAsync(questions.Select(NetworkSubjects.Of).Concat(answers.Select(NetworkSubjects.Of)).ToList(), cancellationToken);
        // The channel cards of their questions stay in Teams: they now say the question is gone, without its text or name.
        foreach (var question in questions)
        {
            await outbound.ShowCardAsync(question, NetworkCards.Channel(question), cancellationToken);
        }
        // Cards of other people's questions that this user answered show one answer less.
        foreach (var questionId in answers.Select(answer => answer.QuestionId).Distinct())
            if (await store.FindAsync(questionId, cancellationToken) is { } question) await outbound.ShowCardAsync(question, NetworkCards.Channel(question), cancellationToken);
    }
}
