using System.Security.Cryptography;
using System.Text;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// A stable key per user for the question log that is not the user's name or id: a salted SHA-256 of the
/// identity (<see cref="ConversationKeys.IdentityOf"/>), shortened. With a secret salt it cannot be traced back by recomputing.
/// </summary>
public static class PseudonymousUserKey
{
    public static string For(UserRef user, string salt)
    {
        var identity = ConversationKeys.IdentityOf(user);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}\n{identity}"));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
