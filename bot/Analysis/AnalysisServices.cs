using NrwBot.Dialogs.Analysis;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Places;

namespace NrwBot.Host.Analysis;

/// <summary>
/// The regional analysis: one source per kind of figure, the analysis, the chat command and the export. The
/// Materialbörse and the network questions register their own <see cref="IMaterialFigures"/> and
/// <see cref="INetworkQuestionFigures"/> in place of the empty ones here.
/// </summary>
public static class AnalysisServices
{
    public static IServiceCollection AddNrwBotAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<IRequestFigures, RequestFigures>();
        services.AddSingleton<IUnansweredQuestionFigures, UnansweredQuestionFigures>();
        services.AddSingleton<ISupportNeedFigures, SupportNeedFigures>();
        services.AddSingleton<IMaterialFigures, MaterialFigures>();
        services.AddSingleton<INetworkQuestionFigures, NetworkQuestionFigures>();
        services.AddSingleton<AnalysisAreas>();
        services.AddSingleton<RegionalAnalysis>();
        services.AddSingleton(provider => new AnalysisFeature(
            provider.GetRequiredService<RegionalAnalysis>(),
            provider.GetRequiredService<ILksMembership>(),
            provider.GetRequiredService<IRegionDirectory>(),
            provider.GetRequiredService<DigestService>().Zone));
        services.AddSingleton(provider => new AnalysisExport(
            provider.GetRequiredService<RegionalAnalysis>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<DigestService>().Zone));
        return services;
    }
}
