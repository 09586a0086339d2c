using Microsoft.EntityFrameworkCore;
using NrwBot.Host.Data;

namespace NrwBot.Host.Hosting;

/// <summary>GET /healthz: 200 with a small JSON body when the database answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    public static async Task<IResult> CheckAsync(IDbContextFactory<NrwBotDbContext> contexts, CancellationToken cancellationToken)
    {
        string provider;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            provider = db.Database.IsNpgsql() ? "postgresql" : "sqlite";
            await db.BotState.AsNoTracking().AnyAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return Results.Json(new { status = "unhealthy", storage = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Json(new { status = "ok", storage = provider });
    }
}
