using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Host.Data;

namespace NrwBot.Host.Onboarding;

/// <summary>
/// Links people of the contact directory to their bot user, so the peer introduction can write to them. The host
/// calls <see cref="RememberAsync"/> when it learns a user's sign-in name (the Teams roster has it); only a name
/// that belongs to a directory entry is kept.
/// </summary>
public sealed class EfPeerAccounts(IDbContextFactory<NrwBotDbContext> contexts, ContactDirectory directory, TimeProvider clock) : IPeerAccounts
{
    public async Task<string?> UserKeyOfAsync(Contact contact, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Set<PeerAccountRecord>().AsNoTracking().FirstOrDefaultAsync(record => record.ContactId == contact.Id, cancellationToken);
        return account?.UserKey;
    }

    /// <summary>Returns true when the addresses belong to a directory person and the link was stored.</summary>
    public async Task<bool> RememberAsync(string userKey, string? signInName, string? email, CancellationToken cancellationToken)
    {
        var contact = directory.Contacts.FirstOrDefault(candidate => IsOneOf(candidate, signInName) || IsOneOf(candidate, email));
        if (contact is null) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = db.Set<PeerAccountRecord>();
        var existing = await set.FirstOrDefaultAsync(record => record.ContactId == contact.Id, cancellationToken);
        if (existing is null) set.Add(new PeerAccountRecord { ContactId = contact.Id, UserKey = userKey, LinkedAt = clock.GetUtcNow() });
        else if (existing.UserKey != userKey)
        {
            existing.UserKey = userKey;
            existing.LinkedAt = clock.GetUtcNow();
        }
        else return true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first turns of the same person at once: the other one stored the link.
        }
        return true;
    }

    /// <summary>Removes the user's link to the contact directory ("Meine Daten löschen").</summary>
    public async Task ForgetAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<PeerAccountRecord>().Where(record => record.UserKey == userKey).ExecuteDeleteAsync(cancellationToken);
    }

    private static bool IsOneOf(Contact contact, string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && (string.Equals(contact.TeamsUpn, address.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(contact.Email, address.Trim(), StringComparison.OrdinalIgnoreCase));
}
