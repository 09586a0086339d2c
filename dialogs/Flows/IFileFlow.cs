using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Flows;

/// <summary>
/// A flow that expects a file while it runs (the material form takes a file's link, „Ergebnisse erfassen“ a protocol as a
/// text file). The router gives it every message with files (<see cref="TurnInput.HasFiles"/>) while it runs.
/// </summary>
public interface IFileFlow : IFlow
{
    Task TakeFilesAsync(FeatureTurn turn, CancellationToken cancellationToken);
}
