namespace NrwBot.Dialogs.Pool;

/// <summary>What a person in the Kompetenzpool is open to („ansprechbar für“), as the offices named it in the exchange.</summary>
[Flags]
public enum CompetenceOffers
{
    None = 0,
    Austausch = 1,
    Hospitation = 2,
    Vortrag = 4,
}
