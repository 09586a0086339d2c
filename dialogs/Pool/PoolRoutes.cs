using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Pool;

/// <summary>Adds the Kompetenzpool to the route table; its search runs inside the contacts' peers answer (<see cref="PoolSearch"/>).</summary>
public static class PoolRoutes
{
    public static RouteTable AddPool(this RouteTable routes, PoolFeature pool) => routes
        .Action<ShowPoolProfile>(pool.ShowPersonAsync)
        .Action<EditPoolProfile>(pool.OnEditAsync)
        .Action<ConfirmPoolProfile>(pool.OnConfirmAsync)
        .Action<AskDeletePoolProfile>(pool.OnAskDeleteAsync)
        .Action<DeletePoolProfile>(pool.DeleteAsync)
        .Action<KeepPoolProfile>(pool.KeepAsync)
        .Command(PoolPatterns.ShowWords, pool.ShowAsync)
        .Command(PoolPatterns.EditWords, pool.EditAsync)
        .Command(PoolPatterns.DeleteWords, pool.AskDeleteAsync)
        .Command(PoolPatterns.ConfirmWords, pool.ConfirmAsync)
        .Flow(pool.Flow);
}
