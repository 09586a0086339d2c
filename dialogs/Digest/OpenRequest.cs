namespace NrwBot.Dialogs.Digest;

/// <summary>
/// A request still open at the end of the period (or now, for a period still running). <see cref="Text"/> is
/// the request as written, redacted by <see cref="DigestRedactor"/> before anyone sees it; <see cref="RequesterName"/>
/// only where the requester consented.
/// </summary>
public sealed record OpenRequest(
    string Number,
    string Category,
    string? Region,
    string? Holder,
    int AgeDays,
    string Text,
    string? RequesterName)
{
    public OpenRequestAge Age => AgeDays > 14 ? OpenRequestAge.OverFourteenDays : AgeDays > 7 ? OpenRequestAge.OverSevenDays : OpenRequestAge.Recent;
}
