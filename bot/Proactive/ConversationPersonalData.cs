using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Privacy;
using NrwBot.Host.Data;
using NrwBot.Host.Onboarding;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Proactive;

/// <summary>
/// What the host itself keeps about a user, for "Meine Daten löschen": the personal chat's address (conversation
/// reference), the claims of its recent activities (they hold NrwBot's answers, see <see cref="ActivityClaims"/>),
/// the user's conversation state in every chat and channel (<see cref="DatabaseStorage.ForgetUserAsync"/>; this chat's
/// own is deleted by the turn, <see cref="FeatureTurn.UserForgotten"/>), the messages to them in the outbox and the
/// link to the user's entry in the contact directory. "Meine Daten" shows it in one line.
/// </summary>
public sealed class ConversationPersonalData(ConversationStore conversations, ActivityClaims claims, EfPeerAccounts peerAccounts,
    DatabaseStorage storage, OutboxWriter outbox) : IPersonalDataSection
{
    public Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken) => Task.FromResult(HostPrivacyTexts.HostData.German);

    public async Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var userKey = ConversationKeys.ForUser(turn.Input.User);
        await conversations.ForgetAsync(userKey, cancellationToken);
        await peerAccounts.ForgetAsync(userKey, cancellationToken);
        await outbox.ForgetTargetAsync(userKey, cancellationToken);
        await storage.ForgetUserAsync(turn.Input.ChannelId, turn.Input.User.Id, cancellationToken);
        // Deletion is offered in the personal chat only; this removes the deleting turn's own claim too.
        if (turn.Input.ConversationKind == ConversationKind.Personal)
            await claims.ForgetConversationAsync(turn.Input.ChannelId, turn.Input.ConversationId, cancellationToken);
    }
}
