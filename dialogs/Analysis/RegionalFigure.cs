namespace NrwBot.Dialogs.Analysis;

/// <summary>The kinds of figures the regional analysis compares; each has its own source (<see cref="IRegionalFigures"/>).</summary>
public enum RegionalFigure { SupportRequests, UnansweredQuestions, SupportNeeds, MaterialsShared, NetworkQuestions }
