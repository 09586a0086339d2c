namespace NrwBot.Host.Requests;

/// <summary>
/// Two open requests of the same region and category, linked when the second was filed (table
/// support_request_links, one row per direction so each request finds its links with one lookup).
/// </summary>
public sealed class RequestLinkRecord
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public long LinkedRequestId { get; set; }
}
