using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests.Absence;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Dialogs.Requests.MyData;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Requests;

/// <summary>
/// Adds the requests feature to the route table. The LKS routes (queue, working on a request) form one group
/// behind <see cref="LksGuard"/>; "#42" is open to everyone (the requester sees their own request). A stated
/// need ranks above the contacts' topic patterns: "Ich brauche Unterstützung bei der Vernetzung mit anderen
/// Kreisen" is a request, not a question for peers.
/// </summary>
public static class RequestsRoutes
{
    public static RouteTable AddRequests(this RouteTable routes, RequestsFeatures requests, LksGuard lks)
    {
        var (intake, queue, actions, myData, requester, absence) = requests;
        routes.Group(lks.RefusingWith(QueueFeature.Refuse))
            .Verb(QueueFeature.QueueVerb, queue.QueueAsync)
            .Verb(QueueActions.ClaimVerb, actions.ClaimVerbAsync)
            .Verb(QueueActions.AnswerVerb, actions.AnswerVerbAsync)
            .Verb(QueueActions.FinishVerb, actions.FinishVerbAsync)
            .Verb(QueueActions.RejectVerb, actions.RejectVerbAsync)
            .Verb(QueueActions.AnswerSubmitVerb, actions.AnswerSubmitAsync)
            .Verb(QueueActions.FinishSubmitVerb, actions.FinishSubmitAsync)
            .Verb(QueueActions.RejectSubmitVerb, actions.RejectSubmitAsync)
            .Command(QueuePatterns.QueueWords, queue.QueueAsync)
            .Pattern(QueuePatterns.Queue, queue.FilteredQueueAsync)
            .Pattern(QueuePatterns.Claim, actions.ClaimAsync)
            .Pattern(QueuePatterns.Answer, actions.AnswerAsync)
            .Pattern(QueuePatterns.Finish, actions.FinishAsync)
            .Pattern(QueuePatterns.Reject, actions.RejectAsync)
            .Pattern(QueuePatterns.Note, actions.NoteAsync)
            .Pattern(QueuePatterns.Assign, actions.AssignAsync)
            .Action<AcceptProposal>(actions.AcceptProposalAsync)
            .Verb(AbsenceFeature.ListVerb, absence.ListAsync)
            .Action<SetAbsence>(absence.SubmitAsync)
            .Command(AbsencePatterns.ListWords, absence.ListAsync)
            .Command(AbsencePatterns.EndWords, absence.EndAsync)
            .Pattern(AbsencePatterns.Set, absence.SetAsync)
            .Pattern(AbsencePatterns.EndFor, absence.EndForAsync);
        return routes
            .Action<StartRequest>(intake.StartFromButtonAsync)
            .Action<RequestFromQuestion>(intake.StartFromQuestionAsync)
            .Action<ReopenRequest>(requester.ReopenAsync)
            .Action<RateRequest>(requester.RateFormAsync)
            .Action<SubmitRating>(requester.RateAsync)
            .Verb(QueueFeature.ShowVerb, queue.ShowVerbAsync)
            .Verb(QueueFeature.MineVerb, queue.MineAsync)
            .Verb(MyDataFeature.ShowVerb, myData.ShowAsync)
            .Verb(MyDataFeature.DeleteVerb, myData.AskDeleteAsync)
            .Verb(MyDataFeature.DeleteConfirmVerb, myData.DeleteAsync)
            .Verb(MyDataFeature.DeleteCancelVerb, myData.CancelDeleteAsync)
            .Command(IntakePatterns.StartWords, intake.StartAsync)
            .Command(QueuePatterns.MineWords, queue.MineAsync)
            .Command(MyDataFeature.ShowWords, myData.ShowAsync)
            .Command(MyDataFeature.DeleteWords, myData.AskDeleteAsync)
            .Pattern(QueuePatterns.Show, queue.ShowAsync, RouteRank.Command)
            .Pattern(QueuePatterns.Reopen, requester.ReopenAsync, RouteRank.Command)
            .Pattern(QueuePatterns.Rate, requester.RateAsync, RouteRank.Command)
            .Pattern(IntakePatterns.NeedStatement, intake.StartFromWordsAsync, RouteRank.Need)
            .Flow(intake);
    }
}
