namespace NrwBot.Dialogs.Requests.ServiceLevels;

/// <summary>Section "ServiceLevels": the target time of a request per urgency, in NRW working days after it came in.</summary>
public sealed class ServiceLevelOptions
{
    public int UrgentWorkingDays { get; set; } = 2;

    public int NormalWorkingDays { get; set; } = 10;
}
