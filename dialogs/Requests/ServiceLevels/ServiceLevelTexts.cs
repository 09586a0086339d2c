namespace NrwBot.Dialogs.Requests.ServiceLevels;

/// <summary>What the service levels say on the LKS's cards and in the queue.</summary>
public static class ServiceLevelTexts
{
    public const string Due = "fällig {0} · {1}";
    public const string FactDue = "Fällig";
    public const string FilterOverdue = "überfällig";
    public static readonly string[] OverdueWords = ["überfällig", "überfällige", "ueberfaellig", "ueberfaellige"];
}
