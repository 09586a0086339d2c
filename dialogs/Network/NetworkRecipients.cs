using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// Who gets a network question personally: the contact directory's peers for the question's topic, nearest to the
/// asker first (the ranking of „Wer arbeitet zu …?“), who are known bot users and said „Netzwerkfragen an“; at most
/// <see cref="NetworkOptions.MaxPersonalRecipients"/>, never the asker. A question without a known topic goes to the channel only.
/// </summary>
public sealed class NetworkRecipients(ContactDirectory directory, IRegionDirectory regions, PlaceGazetteer gazetteer, IPeerAccounts accounts,
    INetworkStore store, NetworkOptions options)
{
    public async Task<IReadOnlyList<string>> ChooseAsync(string askerKey, string text, string? askerRegion, CancellationToken cancellationToken)
    {
        if (options.MaxPersonalRecipients <= 0 || directory.FindTopic(text) is not { } topic) return [];
        var home = askerRegion is not null && regions.ByName(askerRegion) is { } region ? gazetteer.PlaceOf(region) : null;
        var keys = new List<string>();
        foreach (var peer in directory.Peers(topic, home))
        {
            if (await accounts.UserKeyOfAsync(peer.Contact, cancellationToken) is { } key && key != askerKey && !keys.Contains(key)) keys.Add(key);
        }
        var allowed = await store.OptedInAsync(keys, cancellationToken);
        return keys.Where(allowed.Contains).Take(options.MaxPersonalRecipients).ToList();
    }
}
