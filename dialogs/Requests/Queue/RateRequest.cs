using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>„Bewerten“ on the requester's closing message: opens the rating form for <see cref="Number"/>.</summary>
public sealed record RateRequest(RequestNumber Number) : ICardAction<RateRequest>
{
    public static string Verb => "requests.rate";

    public static RateRequest? Bind(IReadOnlyDictionary<string, string> values) =>
        RequestLookup.NumberOf(values) is { } number ? new RateRequest(number) : null;

    public IReadOnlyDictionary<string, string> Data => RequestLookup.DataOf(Number);
}

/// <summary>The rating form's submit: the request, 1–5 stars and an optional comment.</summary>
public sealed record SubmitRating(RequestNumber Number, RequestRating Rating) : ICardAction<SubmitRating>
{
    public static string Verb => "requests.rate.submit";
    public const string StarsKey = "stars";

    public static SubmitRating? Bind(IReadOnlyDictionary<string, string> values)
    {
        if (RequestLookup.NumberOf(values) is not { } number) return null;
        if (CardActions.Text(values, StarsKey, 1) is not { } stars || !int.TryParse(stars, out var count)) return null;
        var invalid = false;
        var comment = values.TryGetValue(LksCards.TextKey, out var raw) && raw.Trim().Length == 0 ? null : CardActions.Optional(values, LksCards.TextKey, RequestRating.MaxCommentLength, ref invalid);
        return !invalid && RequestRating.Create(count, comment) is { } rating ? new SubmitRating(number, rating) : null;
    }

    public IReadOnlyDictionary<string, string> Data
    {
        get
        {
            var data = new Dictionary<string, string> { [LksCards.NumberKey] = Number.ToString(), [StarsKey] = Rating.Stars.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (Rating.Comment is not null) data[LksCards.TextKey] = Rating.Comment;
            return data;
        }
    }
}
