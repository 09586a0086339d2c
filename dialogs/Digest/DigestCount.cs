namespace NrwBot.Dialogs.Digest;

/// <summary>How many requests a category or region had in the period and in the period before.</summary>
public sealed record DigestCount(string Label, int Count, int PreviousCount)
{
    public DigestTrend Trend => Count > PreviousCount ? DigestTrend.Up : Count < PreviousCount ? DigestTrend.Down : DigestTrend.Same;
}
