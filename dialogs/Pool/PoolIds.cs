using System.Security.Cryptography;

namespace NrwBot.Dialogs.Pool;

/// <summary>The public id of a pool profile: random, so a card never carries the person's user key and ids cannot be guessed.</summary>
public static class PoolIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
}
