using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.Privacy;

namespace NrwBot.Dialogs.Requests.MyData;

/// <summary>
/// "Meine Daten" shows what NrwBot keeps about the user (profile, requests, questions); "Meine Daten löschen"
/// deletes it after a confirmation. Closed requests stay for the LKS statistics, without the person.
/// </summary>
public sealed class MyDataFeature(IRequestStore store, IUserQuestionHistory questions, RequestNotifier notifier, CategoryCatalog categories,
    IEnumerable<IPersonalDataSection> otherSections)
{
    public const string ShowVerb = "mydata.show";
    public const string DeleteVerb = "mydata.delete";
    public const string DeleteConfirmVerb = "mydata.delete.confirm";
    public const string DeleteCancelVerb = "mydata.delete.cancel";
    private const int QuestionsShown = 20;

    public static readonly string[] ShowWords = ["meine daten", "meine daten anzeigen", "my data", "datenauskunft"];
    public static readonly string[] DeleteWords = ["meine daten löschen", "meine daten loeschen", "delete my data", "daten löschen"];

    public Task ShowAsync(FeatureTurn turn, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var texts = RequestsTexts.For(turn.Input.PrefersEnglish);
        var key = ConversationKeys.ForUser(turn.Input.User);
        var requests = await store.ListAsync(new RequestFilter { RequesterKey = key }, cancellationToken);
        var asked = await questions.ForUserAsync(turn.Input.User, cancellationToken);
        var newestFirst = requests.OrderByDescending(request => request.CreatedAt).ToList();
        var sections = new List<string> { ProfileLine(turn.User.Profile, texts), RequestLines(newestFirst, texts), QuestionLines(asked, texts) };
        foreach (var section in otherSections) sections.Add(await section.DescribeAsync(turn, cancellationToken));
        turn.Send(new Reply
        {
            Title = texts.MyDataTitle,
            Text = string.Join("\n\n", sections),
            Note = texts.MyDataTechnical,
            Actions = [new(texts.MyDataDeleteButton, DeleteVerb) { TypedCommand = "Meine Daten löschen" }],
        });
    });

    public Task AskDeleteAsync(FeatureTurn turn, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var texts = RequestsTexts.For(turn.Input.PrefersEnglish);
        var requests = await store.ListAsync(new RequestFilter { RequesterKey = ConversationKeys.ForUser(turn.Input.User) }, cancellationToken);
        var open = requests.Count(request => request.IsOpen);
        turn.Send(new Reply
        {
            Title = texts.DeleteTitle,
            Text = string.Format(texts.DeleteExplain, open, requests.Count - open),
            Actions = [new(texts.DeleteYes, DeleteConfirmVerb), new(texts.DeleteNo, DeleteCancelVerb)],
        });
    });

    /// <summary>Requests and questions first: the profile is cleared only when the stores did their part.</summary>
    public async Task DeleteAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var texts = RequestsTexts.For(turn.Input.PrefersEnglish);
        var key = ConversationKeys.ForUser(turn.Input.User);
        ForgetResult forgotten;
        int questionsForgotten;
        try
        {
            forgotten = await store.ForgetRequesterAsync(key, turn.Input.User.Name, cancellationToken);
            questionsForgotten = await questions.ForgetUserAsync(turn.Input.User, cancellationToken);
            foreach (var section in otherSections) await section.ForgetAsync(turn, cancellationToken);
        }
        catch (RequestStoreException)
        {
            turn.Send(texts.DeleteFailed);
            return;
        }
        turn.User.Profile = null;
        turn.Conversation.ActiveFlow = null;
        turn.ForgetUser();
        foreach (var request in forgotten.Deleted) await notifier.RemovedAsync(request, cancellationToken);
        turn.Send(string.Format(texts.Deleted, forgotten.Deleted.Count, questionsForgotten, forgotten.Anonymised));
    }

    public Task CancelDeleteAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(RequestsTexts.For(turn.Input.PrefersEnglish).DeleteCancelled);
        return Task.CompletedTask;
    }

    private static string ProfileLine(UserProfile? profile, RequestsTexts texts) =>
        profile is null ? texts.MyDataNoProfile : string.Format(texts.MyDataProfile, profile.Region, ProfileRoles.Title(profile.Role));

    private string RequestLines(IReadOnlyList<SupportRequest> requests, RequestsTexts texts)
    {
        if (requests.Count == 0) return texts.MyDataNoRequests;
        var lines = requests.Select(request =>
            $"- {string.Format(texts.MyRequestsLine, request.Number, texts.StateName(request.State), categories.ById(request.CategoryId)?.Title ?? request.CategoryId, GermanTime.Date(request.CreatedAt))}: "
            + SafeText.Escape(request.Description));
        return string.Format(texts.MyDataRequests, requests.Count) + "\n" + string.Join("\n", lines);
    }

    private static string QuestionLines(IReadOnlyList<LoggedQuestion> asked, RequestsTexts texts)
    {
        if (asked.Count == 0) return texts.MyDataNoQuestions;
        var lines = asked.Take(QuestionsShown).Select(question => $"- {GermanTime.Date(question.AskedAt)}: {SafeText.Escape(question.Text)}").ToList();
        if (asked.Count > QuestionsShown) lines.Add(string.Format(texts.MyDataMoreQuestions, asked.Count - QuestionsShown));
        return string.Format(texts.MyDataQuestions, asked.Count) + "\n" + string.Join("\n", lines);
    }
}
