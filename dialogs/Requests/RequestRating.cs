using System.Globalization;

namespace NrwBot.Dialogs.Requests;

/// <summary>
/// A requester's rating of a closed request: 1–5 stars and an optional comment. Stored as the comment of a
/// <see cref="TransitionKind.Rated"/> history entry: "4" or "4 gut erklärt" (no schema of its own).
/// </summary>
public sealed record RequestRating(int Stars, string? Comment)
{
    public const int MaxCommentLength = 1000;

    public string Stored => Comment is null ? Stars.ToString(CultureInfo.InvariantCulture) : Stars.ToString(CultureInfo.InvariantCulture) + " " + Comment;

    /// <summary>The stars without the words (what stays for the statistics after "Meine Daten löschen").</summary>
    public RequestRating WithoutComment => this with { Comment = null };

    public static bool ValidStars(int stars) => stars is >= 1 and <= 5;

    public static RequestRating? Create(int stars, string? comment)
    {
        if (!ValidStars(stars)) return null;
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return text is { Length: > MaxCommentLength } ? null : new RequestRating(stars, text);
    }

    public static RequestRating? Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored) || stored[0] is < '1' or > '5' || (stored.Length > 1 && stored[1] != ' ')) return null;
        return Create(stored[0] - '0', stored.Length > 1 ? stored[2..] : null);
    }
}
