using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// The people a new Fachkraft should know, from the profile region and the contact directory: the Mobile
/// Beratung of the Regierungsbezirk, the LKS team, and the neighbouring offices (which are also the peers
/// the bot offers to introduce).
/// </summary>
public sealed class OnboardingContacts(ContactDirectory directory, IRegionDirectory regions)
{
    /// <summary>How many peers the completion card offers (one button each).</summary>
    public const int MaxPeers = 3;

    private readonly ContactCards _cards = new(directory);

    public bool IsSampleData => directory.IsSampleData;

    public Region? RegionOf(UserProfile? profile) => profile is null ? null : regions.ByName(profile.Region);

    public Contact? MobileBeratung(Region region) => directory.MobileBeratung(region.Regierungsbezirk);

    public IReadOnlyList<Contact> Lks() => directory.Lks();

    /// <summary>The other local offices of the user's Regierungsbezirk (the user's own region left out).</summary>
    public IReadOnlyList<Contact> Neighbours(Region region) =>
        directory.ForRegierungsbezirk(region.Regierungsbezirk)
            .Where(contact => contact.Kind == ContactKind.Local && contact.Region != region)
            .ToList();

    public IReadOnlyList<Contact> Peers(Region region) => Neighbours(region).Take(MaxPeers).ToList();

    /// <summary>A peer the user may be introduced to: a local office of the same Regierungsbezirk, not the user's own.</summary>
    public Contact? Peer(string? contactId, Region region) =>
        Neighbours(region).FirstOrDefault(contact => contact.Id == contactId);

    /// <summary>The personal part of the "Ihre Ansprechpartner" step: two lists, or the request for a profile.</summary>
    public IReadOnlyList<Reply> PersonalReplies(UserProfile? profile)
    {
        if (RegionOf(profile) is not { } region)
            return [new Reply { Title = OnboardingTexts.ContactsTitle.German, Text = OnboardingTexts.NeedRegion.German, Actions = [new(OnboardingTexts.NeedRegionButton.German, ProfileFlow.EditCardVerb)] }];
        var own = (MobileBeratung(region) is { } office ? new[] { office } : []).Concat(Lks()).ToList();
        var replies = new List<Reply>
        {
            _cards.List(OnboardingTexts.ContactsTitle.German, OnboardingTexts.ContactsIntro.Format(region.Name, region.Regierungsbezirk), own),
        };
        var neighbours = Neighbours(region);
        var title = OnboardingTexts.NeighboursTitle.Format(region.Regierungsbezirk);
        replies.Add(neighbours.Count == 0
            ? new Reply { Title = title, Text = OnboardingTexts.NoNeighbours.Format(region.Regierungsbezirk) }
            : _cards.List(title, OnboardingTexts.NeighboursIntro.German, neighbours));
        return replies;
    }

    /// <summary>The user's contacts as facts for the completion summary.</summary>
    public IReadOnlyList<ReplyFact> SummaryFacts(Region region)
    {
        var facts = new List<ReplyFact>();
        if (MobileBeratung(region) is { } office) facts.Add(new(OnboardingTexts.MobileBeratungLabel.German, OnboardingTexts.ContactFact.Format(office.Name, office.Email)));
        var lks = Lks();
        if (lks.Count > 0) facts.Add(new(OnboardingTexts.LksLabel.German, string.Join(", ", lks.Select(person => OnboardingTexts.ContactFact.Format(person.Name, person.Email)))));
        var neighbours = Neighbours(region);
        if (neighbours.Count > 0) facts.Add(new(OnboardingTexts.NeighboursLabel.German, string.Join(", ", neighbours.Select(office => OnboardingTexts.ContactFact.Format(office.Name, office.Region!.Name)))));
        return facts;
    }
}
