namespace NrwBot.Dialogs.Language;

/// <summary>A language guess: <see cref="Code"/> is one of <see cref="LanguageCodes"/>, confidence from 0 to 1.</summary>
public sealed record DetectedLanguage(string Code, double Confidence);
