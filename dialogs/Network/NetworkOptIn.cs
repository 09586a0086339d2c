using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Network;

/// <summary>„Netzwerkfragen an/aus“: whether the user gets network questions on their topics personally (off until they say so).</summary>
public sealed class NetworkOptIn(INetworkStore store)
{
    public static readonly string[] OnWords = ["netzwerkfragen an", "netzwerkfragen ein", "network questions on"];
    public static readonly string[] OffWords = ["netzwerkfragen aus", "network questions off"];

    public Task OnAsync(FeatureTurn turn, CancellationToken cancellationToken) => SetAsync(turn, true, cancellationToken);

    public Task OffAsync(FeatureTurn turn, CancellationToken cancellationToken) => SetAsync(turn, false, cancellationToken);

    private async Task SetAsync(FeatureTurn turn, bool on, CancellationToken cancellationToken)
    {
        if (!NetworkAsking.IsPersonal(turn)) return;
        try
        {
            await store.SetOptInAsync(ConversationKeys.ForUser(turn.Input.User), on, cancellationToken);
            turn.Send(on ? NetworkTexts.OptedIn.German : NetworkTexts.OptedOut.German);
        }
        catch (NetworkStoreException)
        {
            turn.Send(NetworkTexts.StoreFailed.German);
        }
    }
}
