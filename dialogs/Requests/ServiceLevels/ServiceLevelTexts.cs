namespace NrwBot.Dialogs.Requests.ServiceLevels;

/// <summary>What the service levels say on the LKS's cards and in the queue.</summary>
public static class ServiceLevelTexts
{
    public static readonly Text Due = new("fällig {0} · {1}");
    public static readonly Text FactDue = new("Fällig");
    public static readonly Text FilterOverdue = new("überfällig");
    public static readonly string[] OverdueWords = ["überfällig", "überfällige", "ueberfaellig", "ueberfaellige"];
}
