namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>The category file is broken; <see cref="Errors"/> holds every problem as "file:line: message".</summary>
public sealed class CategoryFileException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
