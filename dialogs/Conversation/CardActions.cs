namespace NrwBot.Dialogs.Conversation;

/// <summary>Buttons from typed card actions, and the checks their binders share.</summary>
public static class CardActions
{
    public static ReplyAction Button<T>(string label, T action) where T : class, ICardAction<T> => new(label, T.Verb, action.Data);

    /// <summary>The value of <paramref name="key"/> when it is present, not blank and at most <paramref name="maxLength"/> long.</summary>
    public static string? Text(IReadOnlyDictionary<string, string> values, string key, int maxLength) =>
        values.TryGetValue(key, out var value) && value.Trim().Length is > 0 and var length && length <= maxLength ? value.Trim() : null;

    /// <summary>An optional value: null when absent, <paramref name="invalid"/> set when present but blank or too long.</summary>
    public static string? Optional(IReadOnlyDictionary<string, string> values, string key, int maxLength, ref bool invalid)
    {
        if (!values.ContainsKey(key)) return null;
        var value = Text(values, key, maxLength);
        invalid |= value is null;
        return value;
    }
}
