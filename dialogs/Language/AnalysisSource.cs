namespace NrwBot.Dialogs.Language;

/// <summary>Who produced an analysis; <see cref="OfflineFallback"/> means the Azure service failed and was bypassed.</summary>
public enum AnalysisSource { Offline, Azure, OfflineFallback }
