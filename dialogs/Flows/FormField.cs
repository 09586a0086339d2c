using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Flows;

/// <summary>
/// One question of a <see cref="FormFlow"/>. <see cref="Check"/> turns what the user typed or picked into the
/// stored value, or refuses it with a friendly message.
/// </summary>
public sealed record FormField(string Id, string Label, string Prompt, FormInputKind Kind, Func<string, FieldCheck> Check)
{
    public IReadOnlyList<FormChoice> Choices { get; init; } = [];
    public bool Required { get; init; } = true;

    /// <summary>On text channels, offer the choices as a numbered list (false for long lists: the user types).</summary>
    public bool NumberChoicesInText { get; init; } = true;

    public string? Placeholder { get; init; }
}

public sealed record FieldCheck(bool IsValid, string? Value, string? Error)
{
    public static FieldCheck Valid(string value) => new(true, value, null);
    public static FieldCheck Invalid(string error) => new(false, null, error);
}
