using System.Security.Cryptography;
using System.Text;

namespace NrwBot.Dialogs.Content;

/// <summary>
/// The revision of a set of rows as read from a store: a SHA-256 over every value a derived structure (a search index)
/// is built from. Any change of those values — a new row, an edit, a withdrawal, a deletion, made on any instance — gives
/// another revision, so a cache keyed by it is never stale; rows read in the same order with the same values give the same.
/// </summary>
public static class ContentRevision
{
    public static string Of<T>(IEnumerable<T> rows, Func<T, IEnumerable<string?>> values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows)
        {
            foreach (var value in values(row))
            {
                // Length-prefixed, so („ab“, „c“) and („a“, „bc“) differ.
                var bytes = Encoding.UTF8.GetBytes(value ?? "\0null");
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }
            hash.AppendData([0x1E]);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
