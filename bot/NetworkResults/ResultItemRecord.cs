namespace NrwBot.Host.NetworkResults;

/// <summary>
/// One bullet of a recorded meeting (table result_items) with its working group and question flattened in, so a
/// search or a count by category reads one table. SupportNeedCategory is the request category of support-need bullets.
/// </summary>
public sealed class ResultItemRecord
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public string GroupName { get; set; } = "";
    public int SectionNumber { get; set; }
    public string SectionTitle { get; set; } = "";
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public int? Count { get; set; }
    public string? Place { get; set; }
    public string? SupportNeedCategory { get; set; }
}
