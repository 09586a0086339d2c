using Microsoft.EntityFrameworkCore;
using NrwBot.Host.Data;
using NrwBot.Host.Digest;

namespace NrwBot.Host.Hosting;

/// <summary>
/// GET /healthz: 200 with a small JSON body when the database answers, 503 when it does not. "digest" tells how
/// the scheduled digests fare (a failing delivery does not make the bot unhealthy, but shows here); "outbox" the
/// queue of proactive messages: depth, age of the oldest, given up, and sent/throttled/retried by this instance.
/// </summary>
public static class HealthEndpoint
{
    public static async Task<IResult> CheckAsync(IDbContextFactory<NrwBotDbContext> contexts, DigestStatus digest, NrwBot.Host.Outbox.OutboxStatus outbox, CancellationToken cancellationToken)
    {
        string provider;
        object digestDetails;
        object outboxDetails;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            provider = db.Database.IsNpgsql() ? "postgresql" : "sqlite";
            await db.BotState.AsNoTracking().AnyAsync(cancellationToken);
            digestDetails = await digest.DetailsAsync(db, cancellationToken);
            outboxDetails = await outbox.DetailsAsync(db, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return Results.Json(new { status = "unhealthy", storage = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Json(new { status = "ok", storage = provider, digest = digestDetails, outbox = outboxDetails });
    }
}
