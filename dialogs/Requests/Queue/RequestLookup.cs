using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>Finds the request a command or a button names: "#42", "UB-2026-0042", or a button's <c>number</c>.</summary>
public sealed class RequestLookup(IRequestStore store)
{
    public async Task<(SupportRequest? Request, string Named)> FindAsync(Match match, CancellationToken cancellationToken)
    {
        var sequence = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Success)
        {
            var number = new RequestNumber(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), sequence);
            return (await store.FindAsync(number, cancellationToken), number.ToString());
        }
        return (await store.FindLatestAsync(sequence, cancellationToken), "#" + sequence.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The request a typed card action names (its <c>number</c>), null for a damaged or forged card.</summary>
    public static RequestNumber? NumberOf(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, LksCards.NumberKey, 20) is { } named && RequestNumber.TryParse(named, out var number) ? number : null;

    public static IReadOnlyDictionary<string, string> DataOf(RequestNumber number) =>
        new Dictionary<string, string> { [LksCards.NumberKey] = number.ToString() };

    public async Task<(SupportRequest? Request, string Named)> FindAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var named = turn.Input.Value(LksCards.NumberKey) ?? "";
        return RequestNumber.TryParse(named, out var number)
            ? (await store.FindAsync(number, cancellationToken), named)
            : (null, SafeText.Escape(named));
    }
}
