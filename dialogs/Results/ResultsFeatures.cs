namespace NrwBot.Dialogs.Results;

/// <summary>The Ergebnissicherung's chat features: recording results (LKS) and searching them (everyone).</summary>
public sealed record ResultsFeatures(ResultsCapture Capture, ResultsSearchFeature Search, ResultsEntryFlow Entry);
