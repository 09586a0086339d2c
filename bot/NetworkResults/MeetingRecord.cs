namespace NrwBot.Host.NetworkResults;

/// <summary>A recorded network meeting (table result_meetings); title and day identify it, so an import is never stored twice.</summary>
public sealed class MeetingRecord
{
    public long Id { get; set; }
    public string Title { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? Place { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public List<ResultItemRecord> Items { get; set; } = [];
}
