namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The service level of one category in the period: of the requests resolved in it, how many by their due date;
/// of the requests first answered in it, the median time from coming in to that first response.
/// </summary>
public sealed record DigestServiceLevel(string Category, int Resolved, int OnTime, int Responded, TimeSpan? MedianFirstResponse)
{
    /// <summary>On time as a share of resolved, 0–1; null without resolved requests.</summary>
    public double? OnTimeShare => Resolved == 0 ? null : (double)OnTime / Resolved;
}
