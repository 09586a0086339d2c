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
        var english = turn.Input.PrefersEnglish;
        var key = ConversationKeys.ForUser(turn.Input.User);
        var requests = await store.ListAsync(new RequestFilter { RequesterKey = key }, cancellationToken);
        var asked = await questions.ForUserAsync(turn.Input.User, cancellationToken);
        var newestFirst = requests.OrderByDescending(request => request.CreatedAt).ToList();
        var ratings = await RatingsAsync(newestFirst, cancellationToken);
        var sections = new List<string> { ProfileLine(turn.User.Profile, english), RequestLines(newestFirst, ratings, english), QuestionLines(asked, english) };
        foreach (var section in otherSections) sections.Add(await section.DescribeAsync(turn, cancellationToken));
        turn.Send(new Reply
        {
            Title = RequestsTexts.MyDataTitle.In(english),
            Text = string.Join("\n\n", sections),
            Note = RequestsTexts.MyDataTechnical.In(english),
            Actions = [new(RequestsTexts.MyDataDeleteButton.In(english), DeleteVerb) { TypedCommand = "Meine Daten löschen" }],
        });
    });

    public Task AskDeleteAsync(FeatureTurn turn, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var english = turn.Input.PrefersEnglish;
        var requests = await store.ListAsync(new RequestFilter { RequesterKey = ConversationKeys.ForUser(turn.Input.User) }, cancellationToken);
        var open = requests.Count(request => request.IsOpen);
        turn.Send(new Reply
        {
            Title = RequestsTexts.DeleteTitle.In(english),
            Text = RequestsTexts.DeleteExplain.Format(english, open, requests.Count - open),
            Actions = [new(RequestsTexts.DeleteYes.In(english), DeleteConfirmVerb), new(RequestsTexts.DeleteNo.In(english), DeleteCancelVerb)],
        });
    });

    /// <summary>Requests and questions first: the profile is cleared only when the stores did their part.</summary>
    public async Task DeleteAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var english = turn.Input.PrefersEnglish;
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
            turn.Send(RequestsTexts.DeleteFailed.In(english));
            return;
        }
        turn.User.Profile = null;
        turn.Conversation.ActiveFlow = null;
        turn.ForgetUser();
        foreach (var request in forgotten.Deleted) await notifier.RemovedAsync(request, cancellationToken);
        turn.Send(RequestsTexts.Deleted.Format(english, forgotten.Deleted.Count, questionsForgotten, forgotten.Anonymised));
    }

    public Task CancelDeleteAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(RequestsTexts.DeleteCancelled.In(turn.Input.PrefersEnglish));
        return Task.CompletedTask;
    }

    private static string ProfileLine(UserProfile? profile, bool english) =>
        profile is null ? RequestsTexts.MyDataNoProfile.In(english) : RequestsTexts.MyDataProfile.Format(english, profile.Region, ProfileRoles.Title(profile.Role));

    /// <summary>The person's ratings (stars and their comment) of their closed requests.</summary>
    private async Task<Dictionary<long, RequestRating>> RatingsAsync(IReadOnlyList<SupportRequest> requests, CancellationToken cancellationToken)
    {
        var ratings = new Dictionary<long, RequestRating>();
        foreach (var request in requests.Where(request => !request.IsOpen))
        {
            var history = await store.HistoryAsync(request.Id, cancellationToken);
            if (history.LastOrDefault(entry => entry.Kind == TransitionKind.Rated) is { } rated && RequestRating.Parse(rated.Comment) is { } rating) ratings[request.Id] = rating;
        }
        return ratings;
    }

    private string RequestLines(IReadOnlyList<SupportRequest> requests, IReadOnlyDictionary<long, RequestRating> ratings, bool english)
    {
        if (requests.Count == 0) return RequestsTexts.MyDataNoRequests.In(english);
        var lines = requests.Select(request =>
            $"- {RequestsTexts.MyRequestsLine.Format(english, request.Number, RequestsTexts.StateName(request.State).In(english), categories.ById(request.CategoryId)?.Title ?? request.CategoryId, GermanTime.Date(request.CreatedAt))}: "
            + SafeText.Escape(request.Description)
            + (ratings.GetValueOrDefault(request.Id) is { } rating
                ? " · " + RequestsTexts.MyDataRating.Format(english, rating.Stars) + (rating.Comment is { } comment ? " – „" + SafeText.Escape(comment) + "“" : "")
                : ""));
        return RequestsTexts.MyDataRequests.Format(english, requests.Count) + "\n" + string.Join("\n", lines);
    }

    private static string QuestionLines(IReadOnlyList<LoggedQuestion> asked, bool english)
    {
        if (asked.Count == 0) return RequestsTexts.MyDataNoQuestions.In(english);
        var lines = asked.Take(QuestionsShown).Select(question => $"- {GermanTime.Date(question.AskedAt)}: {SafeText.Escape(question.Text)}"
            + (question.Region is { } region ? RequestsTexts.MyDataQuestionRegion.Format(english, SafeText.Escape(region)) : "")
            + (question.Comment is { } comment ? RequestsTexts.MyDataQuestionComment.Format(SafeText.Escape(comment)) : "")).ToList();
        if (asked.Count > QuestionsShown) lines.Add(RequestsTexts.MyDataMoreQuestions.Format(english, asked.Count - QuestionsShown));
        return RequestsTexts.MyDataQuestions.Format(english, asked.Count) + "\n" + string.Join("\n", lines);
    }
}
