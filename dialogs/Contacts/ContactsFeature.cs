using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// Who to talk to: contacts for the asker's region or any place in NRW, the Mobile Beratung, contact lists
/// with "E-Mail an alle", and peers working on the same topic, nearest first. Ambiguous places are asked
/// back with buttons. The handlers fit the route table (see <see cref="ContactsRoutes"/>).
/// </summary>
public sealed class ContactsFeature(ContactDirectory directory, ContactRequestReader reader, PlaceGazetteer places)
{
    public const string ProfileEditVerb = ProfileFlow.EditCardVerb;

    private readonly ContactCards _cards = new(directory);

    public ContactCards Cards => _cards;

    public Task MyContactAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.MyContact);

    public Task PlaceContactAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.PlaceContact);

    public Task MobileBeratungAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.MobileBeratung);

    public Task ContactListAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.ContactList);

    public Task PeersAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.Peers);

    /// <summary>For a free-text handler that tries contacts first: answers and returns true when the message is a contact question.</summary>
    public Task<bool> TryAnswerAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (reader.Read(turn.Input.Text, turn.User.Profile) is not { } request) return Task.FromResult(false);
        Dispatch(turn, request);
        return Task.FromResult(true);
    }

    /// <summary>Button "which place did you mean" (<see cref="ChoosePlace"/>).</summary>
    public Task OnPlaceChosenAsync(FeatureTurn turn, ChoosePlace chosen, CancellationToken cancellationToken)
    {
        if (places.ById(chosen.PlaceId) is not { } place)
        {
            turn.Send(ContactsTexts.UnknownChoice.German);
            return Task.CompletedTask;
        }
        var topic = chosen.TopicId is { } topicId ? directory.TopicById(topicId) : null;
        Dispatch(turn, new ContactRequest(chosen.Intent, new PlaceMatch([place], place.Name, false), topic) { Target = place });
        return Task.CompletedTask;
    }

    /// <summary>Button on a list (<see cref="ShowContact"/>): the contact as a card.</summary>
    public Task ShowCardAsync(FeatureTurn turn, ShowContact show, CancellationToken cancellationToken)
    {
        turn.Send(directory.ById(show.Id) is { } contact ? _cards.Card(contact) : Reply.Plain(ContactsTexts.UnknownContact.German));
        return Task.CompletedTask;
    }

    /// <summary>Button "peers for this topic" (<see cref="ShowPeers"/>); the asker's profile gives the nearness.</summary>
    public Task OnPeersTopicAsync(FeatureTurn turn, ShowPeers show, CancellationToken cancellationToken)
    {
        var topic = show.TopicId is { } id ? directory.TopicById(id) : null;
        var home = reader.ProfilePlace(turn.User.Profile);
        Dispatch(turn, new ContactRequest(ContactIntent.Peers, null, topic) { Target = home, TargetFromProfile = home is not null });
        return Task.CompletedTask;
    }

    /// <summary>Button "LKS: topic" (<see cref="ShowLksContact"/>): who at the LKS handles it.</summary>
    public Task ShowLksAsync(FeatureTurn turn, ShowLksContact show, CancellationToken cancellationToken)
    {
        SendLks(turn, show.TopicId is { } id ? directory.TopicById(id) : null);
        return Task.CompletedTask;
    }

    private Task AnswerAsync(FeatureTurn turn, ContactIntent intent)
    {
        Dispatch(turn, reader.Read(intent, turn.Input.Text, turn.User.Profile));
        return Task.CompletedTask;
    }

    private void Dispatch(FeatureTurn turn, ContactRequest request)
    {
        if (request.PlaceInText is { IsAmbiguous: true } ambiguous) { AskWhichPlace(turn, request, ambiguous); return; }
        switch (request.Intent)
        {
            case ContactIntent.MobileBeratung: AnswerMobileBeratung(turn, request); break;
            case ContactIntent.ContactList: AnswerList(turn, request); break;
            case ContactIntent.Peers: AnswerPeers(turn, request); break;
            default: AnswerContacts(turn, request); break;
        }
    }

    private void AnswerContacts(FeatureTurn turn, ContactRequest request)
    {
        if (request.Target is { Kind: PlaceKind.Regierungsbezirk }) { AnswerList(turn, request); return; }
        if (request.Target is { Region: { } region } target)
        {
            turn.Send(new Reply { Title = ContactsTexts.ContactsTitle.German, Text = Intro(request, target, region) });
            foreach (var contact in directory.ForRegion(region)) turn.Send(_cards.Card(contact));
            turn.Send(LksOffer());
            return;
        }
        if (request.MentionsLks || request.Topic is { Area: TopicArea.Lks }) { SendLks(turn, request.Topic); return; }
        if (request.Topic is not null) { AnswerPeers(turn, request); return; }
        turn.Send(NeedRegion());
    }

    private string Intro(ContactRequest request, Place target, Region region)
    {
        var lines = new List<string>();
        if (request.PlaceInText is { IsApproximate: true } typo) lines.Add(ContactsTexts.Understood.Format(SafeText.Escape(typo.MatchedText), target.Name));
        if (request.TargetFromProfile) lines.Add(ContactsTexts.FromProfile.Format(PlaceTexts.In(region)));
        lines.Add(target.Kind == PlaceKind.Gemeinde
            ? ContactsTexts.ContactsForGemeinde.Format(target.Name, PlaceTexts.In(region), region.Regierungsbezirk)
            : ContactsTexts.ContactsForRegion.Format(region.Name, region.Regierungsbezirk));
        if (directory.LocalOffices(region).Count == 0) lines.Add(ContactsTexts.NoLocalOffice.Format(PlaceTexts.In(region)));
        return string.Join("\n\n", lines);
    }

    private void AnswerMobileBeratung(FeatureTurn turn, ContactRequest request)
    {
        if (request.Target is { } target && directory.MobileBeratung(target.Regierungsbezirk) is { } office)
        {
            turn.Send(_cards.Card(office, text: ContactsTexts.MobileBeratungFor.Format(target.Name, target.Regierungsbezirk)));
            return;
        }
        var offices = directory.MobileBeratungen();
        turn.Send(new Reply
        {
            Title = ContactsTexts.MobileBeratungTitle.German,
            Text = ContactsTexts.MobileBeratungChoose.German,
            Actions = offices.Select(office => CardActions.Button(ContactsTexts.MobileBeratungOption.Format(office.Regierungsbezirk), new ShowContact(office.Id))).ToList(),
            Note = directory.IsSampleData ? ContactsTexts.SampleListNote.German : null,
        });
    }

    private void AnswerList(FeatureTurn turn, ContactRequest request)
    {
        if (request.Target is not { } target) { AskBezirk(turn); return; }
        // "meine Region" means the Regierungsbezirk: the regional network the offices asked a list for.
        var wholeBezirk = target.Kind == PlaceKind.Regierungsbezirk || request.TargetFromProfile;
        if (wholeBezirk)
        {
            var contacts = directory.ForRegierungsbezirk(target.Regierungsbezirk);
            var intro = request.TargetFromProfile ? ContactsTexts.ListOwnRegion.Format(target.Name, target.Regierungsbezirk) + "\n\n" : "";
            SendList(turn, ContactsTexts.RegierungsbezirkName.Format(target.Regierungsbezirk), intro, contacts, []);
            return;
        }
        var region = target.Region!;
        var bezirkButton = CardActions.Button(ContactsTexts.ListWholeBezirk.Format(region.Regierungsbezirk), Choose(places.ById("regierungsbezirk:" + region.Regierungsbezirk)!, ContactIntent.ContactList, null));
        SendList(turn, region.Name, "", directory.ForRegion(region), [bezirkButton]);
    }

    private void SendList(FeatureTurn turn, string name, string intro, IReadOnlyList<Contact> contacts, IReadOnlyList<ReplyAction> extra)
    {
        var title = ContactsTexts.ListTitle.Format(name);
        if (contacts.Count == 0) { turn.Send(new Reply { Title = title, Text = intro + ContactsTexts.ListEmpty.Format(name), Actions = extra }); return; }
        var count = contacts.Count == 1 ? ContactsTexts.ListIntroSingle.German : ContactsTexts.ListIntro.Format(contacts.Count);
        turn.Send(_cards.List(title, intro + count, contacts, extra));
    }

    private void AskBezirk(FeatureTurn turn)
    {
        var bezirke = places.Places.Where(place => place.Kind == PlaceKind.Regierungsbezirk).OrderBy(place => place.Regierungsbezirk, StringComparer.Ordinal);
        turn.Send(new Reply
        {
            Title = ContactsTexts.ListTitlePlain.German,
            Text = ContactsTexts.ListChooseBezirk.German,
            Actions = bezirke.Select(place => CardActions.Button(place.Name, Choose(place, ContactIntent.ContactList, null))).Take(ContactCards.MaxButtons).ToList(),
        });
    }

    private void AnswerPeers(FeatureTurn turn, ContactRequest request)
    {
        if (request.Topic is not { } topic) { AskTopic(turn); return; }
        if (topic.Area == TopicArea.Lks) { SendLks(turn, topic); return; }
        var peers = directory.Peers(topic, request.Target);
        if (peers.Count == 0) { turn.Send(_cards.LksTeam(ContactsTexts.NoPeers.Format(topic.Name))); return; }
        turn.Send(PeersReply(topic, request.Target, peers));
    }

    private Reply PeersReply(Topic topic, Place? home, IReadOnlyList<PeerContact> peers)
    {
        var intro = home is null ? ContactsTexts.PeersNoHome.Format(topic.Name) : ContactsTexts.PeersFrom.Format(topic.Name, home.Name);
        var groups = peers.GroupBy(peer => Heading(peer, home)).Select(group =>
            $"**{group.Key}**\n" + string.Join("\n", group.Select(peer => ContactsTexts.PeerLine.Format(peer.Contact.Name, peer.Contact.Region!.Name,
                string.Join(", ", peer.Contact.Topics.Select(item => item.Name))))));
        return new Reply
        {
            Title = ContactsTexts.PeersTitle.Format(topic.Name),
            Text = intro + "\n\n" + string.Join("\n\n", groups),
            Actions = _cards.CardButtons(peers.Select(peer => peer.Contact)).Take(ContactCards.MaxButtons).ToList(),
            Links = peers.Count > 1 ? [ContactCards.EmailAll(peers.Select(peer => peer.Contact))] : ContactCards.LinksOf(peers[0].Contact),
            Note = directory.IsSampleData ? ContactsTexts.SampleListNote.German : null,
        };
    }

    private static string Heading(PeerContact peer, Place? home) => peer.Nearness switch
    {
        Nearness.SameRegion => ContactsTexts.HeadingSameRegion.Format(peer.Contact.Region!.Name),
        Nearness.SameRegierungsbezirk => ContactsTexts.HeadingSameBezirk.Format(peer.Contact.Regierungsbezirk),
        Nearness.ElsewhereInNrw => ContactsTexts.HeadingElsewhere.German,
        _ => ContactsTexts.HeadingBezirk.Format(peer.Contact.Regierungsbezirk),
    };

    private void AskTopic(FeatureTurn turn)
    {
        var used = directory.Topics.Where(topic => topic.Area == TopicArea.Handlungsfeld)
            .Select(topic => (Topic: topic, Offices: directory.Peers(topic, null).Count))
            .Where(entry => entry.Offices > 0).OrderByDescending(entry => entry.Offices).Select(entry => entry.Topic).ToList();
        turn.Send(new Reply
        {
            Title = ContactsTexts.AskTopicTitle.German,
            Text = ContactsTexts.AskTopic.Format(string.Join(", ", used.Select(topic => topic.Name))),
            Actions = used.Take(ContactCards.MaxButtons)
                .Select(topic => CardActions.Button(topic.Name, new ShowPeers(topic.Id))).ToList(),
        });
    }

    private void AskWhichPlace(FeatureTurn turn, ContactRequest request, PlaceMatch ambiguous)
    {
        turn.Send(new Reply
        {
            Text = ContactsTexts.AmbiguousPlace.Format(SafeText.Escape(ambiguous.MatchedText)),
            Actions = ambiguous.Candidates.Take(ContactCards.MaxButtons)
                .Select(place => CardActions.Button(OptionLabel(place), Choose(place, request.Intent, request.Topic))).ToList(),
        });
    }

    private static string OptionLabel(Place place) => place.Kind is PlaceKind.Gemeinde or PlaceKind.KreisfreieStadt
        ? ContactsTexts.PlaceOption.Format(place.Name, PlaceTexts.Describe(place))
        : place.Name;

    private static ChoosePlace Choose(Place place, ContactIntent intent, Topic? topic) => new(place.Id, intent, topic?.Id);

    private void SendLks(FeatureTurn turn, Topic? topic)
    {
        var people = topic is { Area: TopicArea.Lks } ? directory.Lks(topic) : [];
        if (people.Count == 0) { turn.Send(_cards.LksTeam(ContactsTexts.LksTeamIntro.German)); return; }
        for (var index = 0; index < people.Count; index++)
            turn.Send(_cards.Card(people[index], text: index == 0 ? ContactsTexts.LksTopicIntro.Format(topic!.Name) : null));
    }

    private Reply LksOffer() => _cards.LksTeam(ContactsTexts.LksOffer.German) with { Title = null };

    private static Reply NeedRegion() => new()
    {
        Title = ContactsTexts.ContactsTitle.German,
        Text = ContactsTexts.NeedRegion.German,
        Actions = [new ReplyAction(ContactsTexts.NeedRegionButton.German, ProfileEditVerb)],
    };
}
