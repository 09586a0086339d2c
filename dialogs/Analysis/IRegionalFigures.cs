using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// A source of one kind of figure for the regional analysis: every event of the period with its region and
/// category. The analysis counts them for the region and for NRW; a source never counts or suppresses itself.
/// </summary>
public interface IRegionalFigures
{
    RegionalFigure Figure { get; }

    Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken);
}

/// <summary>Support requests filed in the period, by request category and the requester's region.</summary>
public interface IRequestFigures : IRegionalFigures;

/// <summary>Questions the knowledge base could not answer in the period, by topic.</summary>
public interface IUnansweredQuestionFigures : IRegionalFigures;

/// <summary>Support needs of the meeting results recorded for meetings in the period, by request category and office.</summary>
public interface ISupportNeedFigures : IRegionalFigures;

/// <summary>Materials shared in the period, by kind and the sharing office's region (the Materialbörse; empty until it is wired in).</summary>
public interface IMaterialFigures : IRegionalFigures;

/// <summary>Network questions of the period: category „gestellt“ for every question, „beantwortet“ for every answered one (empty until wired in).</summary>
public interface INetworkQuestionFigures : IRegionalFigures;
