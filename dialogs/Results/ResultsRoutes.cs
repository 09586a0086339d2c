using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Adds the Ergebnissicherung to the route table: „Ergebnisse suchen …“ and results questions for everyone; „Ergebnisse erfassen“ with its form and „Speichern“ in the LKS
/// group (behind <see cref="LksGuard"/>, so a forged card of a non-member is refused there).
/// </summary>
public static class ResultsRoutes
{
    public static RouteTable AddResults(this RouteTable routes, ResultsFeatures results, LksGuard lks) =>
        routes.AddCapture(results.Capture, lks)
            .Pattern(ResultsSearchFeature.CommandPattern, results.Search.SearchAsync, RouteRank.Command)
            // Above the contacts' topics: „Was hat das Netzwerk zu Fortbildung festgehalten?“ is no contact question.
            .Pattern(ResultsSearchFeature.QuestionPattern, results.Search.SearchAsync, RouteRank.Need)
            // Its verbs reach it only while it runs, and it was started behind the guard; it checks the guard again on every step.
            .Flow(results.Entry);

    private static RouteTable AddCapture(this RouteTable routes, ResultsCapture capture, LksGuard lks) =>
        routes.Group(lks.RefusingWith(refused => refused.Send(ResultsTexts.OnlyForLks.German)))
            .Pattern(ResultsCapture.Pattern, capture.StartAsync, RouteRank.Command)
            .Action<PreviewResults>(capture.PreviewAsync)
            .Action<StoreResults>(capture.StoreAsync)
            .Table;
}
