namespace NrwBot.Dialogs.Conversation;

/// <summary>A form shown as one Adaptive Card; its submit posts <see cref="SubmitVerb"/> with every input's value.</summary>
public sealed record ReplyForm(string SubmitVerb, string SubmitLabel, IReadOnlyList<FormInput> Inputs)
{
    /// <summary>A second button (for example "Abbrechen"); null for none.</summary>
    public ReplyAction? SecondaryAction { get; init; }

    /// <summary>Values the submit carries besides the inputs (which entry the form is about); checked again when they come back.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }
}

public enum FormInputKind { Text, MultilineText, Choice, Toggle, Date }

public sealed record FormInput(string Id, string Label, FormInputKind Kind)
{
    public IReadOnlyList<FormChoice> Choices { get; init; } = [];
    public string? Value { get; init; }
    public bool Required { get; init; }
    public string? Placeholder { get; init; }

    /// <summary>Why the last value was refused; shown next to the input.</summary>
    public string? Error { get; init; }
}

public sealed record FormChoice(string Title, string Value);
