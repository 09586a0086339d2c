using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Privacy;

/// <summary>
/// The knowledge feature's record of the questions a user asked, as "Meine Daten" shows and deletes it. The
/// knowledge feature registers its own implementation; until then <see cref="NoQuestionHistory"/> keeps nothing.
/// Storage failures are thrown as <see cref="RequestStoreException"/>, so "Meine Daten" can say so plainly.
/// </summary>
public interface IUserQuestionHistory
{
    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<LoggedQuestion>> ForUserAsync(UserRef user, CancellationToken cancellationToken);

    /// <summary>Deletes (or anonymises) the user's questions; returns how many no longer refer to them.</summary>
    Task<int> ForgetUserAsync(UserRef user, CancellationToken cancellationToken);
}
