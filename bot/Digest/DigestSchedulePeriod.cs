namespace NrwBot.Host.Digest;

/// <summary>What a scheduled digest covers: the calendar week or the calendar month before the one it is sent in.</summary>
public enum DigestSchedulePeriod { Week, Month }
