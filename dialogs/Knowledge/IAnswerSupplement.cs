using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Something another feature knows about an article the bot just answered with, said right after the answer (e.g.
/// the deadline calendar's next date for the article on the Mittelabruf). Null when it has nothing to add.
/// </summary>
public interface IAnswerSupplement
{
    Task<Reply?> ForArticleAsync(string articleId, FeatureTurn turn, CancellationToken cancellationToken);
}
