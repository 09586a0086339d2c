using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// Who to talk to: contacts for the asker's region or any place in NRW, the Mobile Beratung, contact lists
/// with "E-Mail an alle", and peers working on the same topic, nearest first (the directory's offices together with
/// the people of every <see cref="IPeerSource"/>, such as the Kompetenzpool). Ambiguous places are asked
/// back with buttons. The handlers fit the route table (see <see cref="ContactsRoutes"/>).
/// </summary>
public sealed class ContactsFeature(ContactDirectory directory, ContactRequestReader reader, PlaceGazetteer places, IEnumerable<IPeerSource> peerSources)
{
    public const string ProfileEditVerb = ProfileFlow.EditCardVerb;

    private readonly ContactCards _cards = new(directory);

    public ContactCards Cards => _cards;

    public Task MyContactAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.MyContact, cancellationToken);

    public Task PlaceContactAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.PlaceContact, cancellationToken);

    public Task MobileBeratungAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.MobileBeratung, cancellationToken);

    public Task ContactListAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.ContactList, cancellationToken);

    public Task PeersAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => AnswerAsync(turn, ContactIntent.Peers, cancellationToken);

    /// <summary>For a free-text handler that tries contacts first: answers and returns true when the message is a contact question.</summary>
    public async Task<bool> TryAnswerAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (reader.Read(turn.Input.Text, turn.User.Profile) is not { } request) return false;
        await DispatchAsync(turn, request, cancellationToken);
        return true;
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
        return DispatchAsync(turn, new ContactRequest(chosen.Intent, new PlaceMatch([place], place.Name, false), topic) { Target = place }, cancellationToken);
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
        return DispatchAsync(turn, new ContactRequest(ContactIntent.Peers, null, topic) { Target = home, TargetFromProfile = home is not null }, cancellationToken);
    }

    /// <summary>Button "LKS: topic" (<see cref="ShowLksContact"/>): who at the LKS handles it.</summary>
    public Task ShowLksAsync(FeatureTurn turn, ShowLksContact show, CancellationToken cancellationToken)
    {
        SendLks(turn, show.TopicId is { } id ? directory.TopicById(id) : null);
        return Task.CompletedTask;
    }

    private Task AnswerAsync(FeatureTurn turn, ContactIntent intent, CancellationToken cancellationToken) =>
        DispatchAsync(turn, reader.Read(intent, turn.Input.Text, turn.User.Profile), cancellationToken);

    private async Task DispatchAsync(FeatureTurn turn, ContactRequest request, CancellationToken cancellationToken)
    {
        if (request.PlaceInText is { IsAmbiguous: true } ambiguous) { AskWhichPlace(turn, request, ambiguous); return; }
        switch (request.Intent)
        {
            case ContactIntent.MobileBeratung: AnswerMobileBeratung(turn, request); break;
            case ContactIntent.ContactList: AnswerList(turn, request); break;
            case ContactIntent.Peers: await AnswerPeersAsync(turn, request, turn.Input.Text, cancellationToken); break;
            default: await AnswerContactsAsync(turn, request, cancellationToken); break;
        }
    }

    private async Task AnswerContactsAsync(FeatureTurn turn, ContactRequest request, CancellationToken cancellationToken)
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
        if (request.Topic is not null) { await AnswerPeersAsync(turn, request, request.Topic.Name, cancellationToken); return; }
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

    private async Task AnswerPeersAsync(FeatureTurn turn, ContactRequest request, string text, CancellationToken cancellationToken)
    {
        if (request.Topic is { Area: TopicArea.Lks } lksTopic) { SendLks(turn, lksTopic); return; }
        var others = await FromSourcesAsync(new PeerQuery(request.Topic, text, request.Target), cancellationToken);
        var offices = request.Topic is { } topic ? directory.Peers(topic, request.Target) : [];
        if (offices.Count == 0 && others.Count == 0)
        {
            if (request.Topic is { } named) turn.Send(_cards.LksTeam(ContactsTexts.NoPeers.Format(named.Name)));
            else AskTopic(turn);
            return;
        }
        turn.Send(PeersReply(request.Topic, request.Target, offices, others));
    }

    private async Task<IReadOnlyList<NetworkPeer>> FromSourcesAsync(PeerQuery query, CancellationToken cancellationToken)
    {
        var found = new List<NetworkPeer>();
        foreach (var source in peerSources) found.AddRange(await source.FindAsync(query, cancellationToken));
        return found;
    }

    /// <summary>The directory's offices and the other sources' people in one list, grouped by nearness.</summary>
    private Reply PeersReply(Topic? topic, Place? home, IReadOnlyList<PeerContact> offices, IReadOnlyList<NetworkPeer> others)
    {
        var subject = topic?.Name ?? ContactsTexts.PeersYourQuestion.German;
        var intro = home is null ? ContactsTexts.PeersNoHome.Format(subject) : ContactsTexts.PeersFrom.Format(subject, home.Name);
        var rows = offices.Select(peer => new PeerRow(peer.Nearness, peer.Contact.Region!.Name, peer.Contact.Regierungsbezirk!,
                ContactsTexts.PeerLine.Format(peer.Contact.Name, peer.Contact.Region!.Name, string.Join(", ", peer.Contact.Topics.Select(item => item.Name)))))
            .Concat(others.Select(peer => new PeerRow(peer.Nearness, peer.RegionName, peer.Regierungsbezirk,
                ContactsTexts.PoolPeerLine.Format(peer.Name, peer.RegionName, peer.Summary))))
            .OrderBy(row => row.Nearness ?? Nearness.ElsewhereInNrw)
            .ThenBy(row => home is null ? row.Regierungsbezirk : "", ContactDirectory.GermanOrder);
        var groups = rows.GroupBy(row => Heading(row, home)).Select(group => $"**{group.Key}**\n" + string.Join("\n", group.Select(row => row.Line)));
        var buttons = _cards.CardButtons(offices.Select(peer => peer.Contact)).Concat(others.Select(peer => peer.Show));
        var emails = offices.Select(peer => peer.Contact.Email).Concat(others.Select(peer => peer.Email)).OfType<string>().ToList();
        return new Reply
        {
            Title = topic is null ? ContactsTexts.PeersTitleFree.German : ContactsTexts.PeersTitle.Format(topic.Name),
            Text = intro + "\n\n" + string.Join("\n\n", groups) + (others.Count > 0 ? "\n\n" + ContactsTexts.PoolNote.German : ""),
            Actions = buttons.Take(ContactCards.MaxButtons).ToList(),
            Links = offices.Count == 1 && others.Count == 0 ? ContactCards.LinksOf(offices[0].Contact)
                : emails.Count > 1 ? [ContactCards.EmailAll(emails)] : [],
            Note = directory.IsSampleData && offices.Count > 0 ? ContactsTexts.SampleListNote.German : null,
        };
    }

    /// <summary>One person or office on the peers list, whatever its source.</summary>
    private sealed record PeerRow(Nearness? Nearness, string RegionName, string Regierungsbezirk, string Line);

    private static string Heading(PeerRow row, Place? home) => row.Nearness switch
    {
        Nearness.SameRegion => ContactsTexts.HeadingSameRegion.Format(row.RegionName),
        Nearness.SameRegierungsbezirk => ContactsTexts.HeadingSameBezirk.Format(row.Regierungsbezirk),
        Nearness.ElsewhereInNrw => ContactsTexts.HeadingElsewhere.German,
        _ => ContactsTexts.HeadingBezirk.Format(row.Regierungsbezirk),
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
