using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Analysis;

/// <summary>Adds „Regionale Analyse …“ to the route table: for everyone, the feature itself decides which regions a person may see.</summary>
public static class AnalysisRoutes
{
    public static RouteTable AddAnalysis(this RouteTable routes, AnalysisFeature analysis) =>
        routes.Pattern(AnalysisFeature.Pattern, analysis.ShowAsync, RouteRank.Command);
}
