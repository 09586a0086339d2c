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
        Title = OnboardingTexts.PeerOfferTitle.German,
        Text = OnboardingTexts.PeerOffer.Format(region.Regierungsbezirk),
        Actions = contacts.Peers(region)
            .Select(peer => CardActions.Button(OnboardingTexts.PeerButton.Format(peer.Name, peer.Region!.Name), new MeetPeer(peer.Id)))
            .Append(new ReplyAction(OnboardingTexts.PeerNoButton.German, OnboardingVerbs.PeerNo))
            .ToList(),
    };

    /// <summary>Posts the introduction to the peer; returns whether that worked and the reply for the user.</summary>
    public async Task<(bool Posted, Reply Reply)> IntroduceAsync(UserRef user, Region region, Contact peer, CancellationToken cancellationToken)
    {
        var peerKey = await accounts.UserKeyOfAsync(peer, cancellationToken);
        if (peerKey is not null)
        {
            var result = await sender.SendToUserAsync(peerKey, [ToPeer(user, region, peer)], cancellationToken);
            if (result.Accepted) return (true, ToUser(peer, OnboardingTexts.IntroToUser.Format(peer.Name, peer.Region!.Name)));
        }
        return (false, EmailInstead(user, region, peer));
    }

    public Reply Already(Contact peer) => ToUser(peer, OnboardingTexts.IntroAlready.Format(peer.Name));

    private static Reply ToPeer(UserRef user, Region region, Contact peer) => new()
    {
        Title = OnboardingTexts.IntroTitle.German,
        Text = OnboardingTexts.IntroToPeer.Format(SafeText.Escape(FirstName(peer.Name)), NameOf(user), PlaceTexts.In(region)),
    };

    private Reply ToUser(Contact peer, string text) => new()
    {
        Title = OnboardingTexts.IntroTitle.German,
        Text = text,
        Links = ContactCards.LinksOf(peer),
        Note = contacts.IsSampleData ? ContactsTexts.SampleNote.German : null,
    };

    private Reply EmailInstead(UserRef user, Region region, Contact peer)
    {
        var body = OnboardingTexts.IntroEmailBody.Format(peer.Name, user.Name.Length > 0 ? user.Name : "", PlaceTexts.In(region));
        var mailto = $"mailto:{peer.Email}?subject={Uri.EscapeDataString(OnboardingTexts.IntroEmailSubject.German)}&body={Uri.EscapeDataString(body)}";
        return new Reply
        {
            Title = OnboardingTexts.IntroTitle.German,
            Text = OnboardingTexts.IntroNoConversation.Format(peer.Name),
            Links = [new ReplyLink(OnboardingTexts.IntroEmailButton.Format(peer.Name), mailto)],
            Note = contacts.IsSampleData ? ContactsTexts.SampleNote.German : null,
        };
    }

    private static string NameOf(UserRef user) => user.Name.Trim().Length > 0 ? SafeText.Escape(user.Name.Trim()) : OnboardingTexts.NewColleague.German;

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
