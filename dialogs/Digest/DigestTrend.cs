namespace NrwBot.Dialogs.Digest;

/// <summary>A count against the previous period: more (↑), fewer (↓) or the same (=).</summary>
public enum DigestTrend { Up, Down, Same }
