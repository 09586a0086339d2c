using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Something another feature knows about a question the knowledge base was just asked, whatever its answer (e.g. the
/// network's answers to the same question), said below the knowledge base's own reply. Null when it has nothing.
/// </summary>
public interface IQuestionSupplement
{
    Task<Reply?> ForQuestionAsync(string question, FeatureTurn turn, CancellationToken cancellationToken);
}
