using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// Introduces a new Fachkraft to an experienced peer of the same Regierungsbezirk: a message to the peer
/// (only where the bot has a conversation with them) and one to the user with the peer's contact links.
/// Where the peer cannot be reached, the user gets a prepared e-mail instead.
/// </summary>
public sealed class PeerIntroduction(OnboardingContacts contacts, IPeerAccounts accounts, IProactiveSender sender)
{
    public Reply Offer(Region region) => new()
    {
        Title = OnboardingTexts.PeerOfferTitle,
        Text = string.Format(OnboardingTexts.PeerOffer, region.Regierungsbezirk),
        Actions = contacts.Peers(region)
            .Select(peer => new ReplyAction(string.Format(OnboardingTexts.PeerButton, peer.Name, peer.Region!.Name), OnboardingVerbs.Peer,
                new Dictionary<string, string> { [OnboardingVerbs.ContactKey] = peer.Id }))
            .Append(new ReplyAction(OnboardingTexts.PeerNoButton, OnboardingVerbs.PeerNo))
            .ToList(),
    };

    /// <summary>Posts the introduction to the peer; returns whether that worked and the reply for the user.</summary>
    public async Task<(bool Posted, Reply Reply)> IntroduceAsync(UserRef user, Region region, Contact peer, CancellationToken cancellationToken)
    {
        var peerKey = await accounts.UserKeyOfAsync(peer, cancellationToken);
        if (peerKey is not null)
        {
            var result = await sender.SendToUserAsync(peerKey, [ToPeer(user, region, peer)], cancellationToken);
            if (result.Accepted) return (true, ToUser(peer, string.Format(OnboardingTexts.IntroToUser, peer.Name, peer.Region!.Name)));
        }
        return (false, EmailInstead(user, region, peer));
    }

    public Reply Already(Contact peer) => ToUser(peer, string.Format(OnboardingTexts.IntroAlready, peer.Name));

    private static Reply ToPeer(UserRef user, Region region, Contact peer) => new()
    {
        Title = OnboardingTexts.IntroTitle,
        Text = string.Format(OnboardingTexts.IntroToPeer, SafeText.Escape(FirstName(peer.Name)), NameOf(user), PlaceTexts.In(region)),
    };

    private Reply ToUser(Contact peer, string text) => new()
    {
        Title = OnboardingTexts.IntroTitle,
        Text = text,
        Links = ContactCards.LinksOf(peer),
        Note = contacts.IsSampleData ? ContactsTexts.SampleNote : null,
    };

    private Reply EmailInstead(UserRef user, Region region, Contact peer)
    {
        var body = string.Format(OnboardingTexts.IntroEmailBody, peer.Name, user.Name.Length > 0 ? user.Name : "", PlaceTexts.In(region));
        var mailto = $"mailto:{peer.Email}?subject={Uri.EscapeDataString(OnboardingTexts.IntroEmailSubject)}&body={Uri.EscapeDataString(body)}";
        return new Reply
        {
            Title = OnboardingTexts.IntroTitle,
            Text = string.Format(OnboardingTexts.IntroNoConversation, peer.Name),
            Links = [new ReplyLink(string.Format(OnboardingTexts.IntroEmailButton, peer.Name), mailto)],
            Note = contacts.IsSampleData ? ContactsTexts.SampleNote : null,
        };
    }

    private static string NameOf(UserRef user) => user.Name.Trim().Length > 0 ? SafeText.Escape(user.Name.Trim()) : OnboardingTexts.NewColleague;

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
