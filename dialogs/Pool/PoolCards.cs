using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Pool;

/// <summary>How a pool profile looks: to its owner (with Bearbeiten/Löschen) and to others (with Chat and E-Mail).</summary>
public sealed class PoolCards(ContactDirectory directory)
{
    public Reply Own(CompetenceProfile profile, string text, bool hidden)
    {
        var actions = new List<ReplyAction>();
        if (hidden) actions.Add(CardActions.Button(PoolTexts.ConfirmButton.German, new ConfirmPoolProfile()));
        actions.Add(CardActions.Button(PoolTexts.Edit.German, new EditPoolProfile()));
        actions.Add(CardActions.Button(PoolTexts.Delete.German, new AskDeletePoolProfile()));
        return new Reply
        {
            Title = PoolTexts.FlowTitle.German,
            Text = text,
            Facts = Facts(profile, withConfirmed: true),
            Actions = actions,
        };
    }

    public Reply ForOthers(CompetenceProfile profile) => new()
    {
        Title = PoolTexts.PersonTitle.Format(profile.Name),
        Text = PoolTexts.PersonIntro.Format(profile.Name),
        Facts = Facts(profile, withConfirmed: false),
        Links = Links(profile),
    };

    /// <summary>One line for a peers list: topics and tags, methods, what the person is open to.</summary>
    public string Summary(CompetenceProfile profile)
    {
        var parts = new List<string> { string.Join(", ", TopicNames(profile).Concat(profile.Tags)) };
        if (profile.Methods.Length > 0) parts.Add(profile.Methods);
        if (profile.Offers != CompetenceOffers.None) parts.Add(PoolTexts.OffersFact.German + " " + Offers(profile.Offers));
        return SafeText.Escape(string.Join(" · ", parts.Where(part => part.Length > 0)));
    }

    public IEnumerable<string> TopicNames(CompetenceProfile profile) =>
        profile.TopicIds.Select(id => directory.TopicById(id)?.Name).OfType<string>();

    public static string Offers(CompetenceOffers offers)
    {
        var names = new List<string>();
        if (offers.HasFlag(CompetenceOffers.Austausch)) names.Add(PoolTexts.Austausch.German);
        if (offers.HasFlag(CompetenceOffers.Hospitation)) names.Add(PoolTexts.Hospitation.German);
        if (offers.HasFlag(CompetenceOffers.Vortrag)) names.Add(PoolTexts.Vortrag.German);
        return names.Count == 0 ? PoolTexts.Nothing.German : string.Join(", ", names);
    }

    private List<ReplyFact> Facts(CompetenceProfile profile, bool withConfirmed)
    {
        var facts = new List<ReplyFact> { new(PoolTexts.RegionFact.German, SafeText.Escape(profile.Region)) };
        if (profile.TopicIds.Count > 0) facts.Add(new(PoolTexts.TopicsFact.German, string.Join(", ", TopicNames(profile))));
        if (profile.Tags.Count > 0) facts.Add(new(PoolTexts.TagsFact.German, SafeText.Escape(string.Join(", ", profile.Tags))));
        if (profile.Methods.Length > 0) facts.Add(new(PoolTexts.MethodsFact.German, SafeText.Escape(profile.Methods)));
        if (profile.Languages.Length > 0) facts.Add(new(PoolTexts.LanguagesFact.German, SafeText.Escape(profile.Languages)));
        facts.Add(new(PoolTexts.OffersFact.German, Offers(profile.Offers)));
        if (profile.Email is { } email) facts.Add(new(PoolTexts.EmailFact.German, SafeText.Escape(email)));
        if (withConfirmed) facts.Add(new(PoolTexts.ConfirmedFact.German, Requests.GermanTime.Date(profile.ConfirmedAt)));
        return facts;
    }

    private static IReadOnlyList<ReplyLink> Links(CompetenceProfile profile) => profile.Email is { } email
        ? [new(PoolTexts.TeamsChat.German, ContactCards.TeamsChatUrl(email)), new(PoolTexts.EmailLink.German, "mailto:" + email)]
        : [];
}
