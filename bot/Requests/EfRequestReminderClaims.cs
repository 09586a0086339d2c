using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Requests.Reminders;
using NrwBot.Host.Data;

namespace NrwBot.Host.Requests;

/// <summary>Claims a service-level reminder by inserting its row; the primary key refuses a second claim on any instance.</summary>
public sealed class EfRequestReminderClaims(IDbContextFactory<NrwBotDbContext> contexts) : IRequestReminderClaims
{
    public async Task<bool> TryClaimAsync(long requestId, string kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(new RequestReminderRecord { RequestId = requestId, Kind = kind, SentAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance (or an earlier round) claimed this reminder.
            return false;
        }
    }
}
