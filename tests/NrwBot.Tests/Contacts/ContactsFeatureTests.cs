using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Routing;
using NrwBot.Dialogs.Lks;
using static NrwBot.Tests.Contacts.TestContacts;

namespace NrwBot.Tests.Contacts;

public class ContactsFeatureTests
{
    private static async Task<IReadOnlyList<Reply>> AskAsync(FeatureTurn turn)
    {
        var answered = await Feature().TryAnswerAsync(turn, CancellationToken.None);
        Assert.True(answered, turn.Input.Text);
        return turn.Replies;
    }

    private static Task<IReadOnlyList<Reply>> AskAsync(string text, string? profileRegion = null) => AskAsync(Turn(text, profileRegion));

    [Fact]
    public async Task My_contact_uses_the_region_in_the_profile()
    {
        var replies = await AskAsync("Wer ist mein Ansprechpartner?", "Kreis Düren");

        Assert.Contains("im Kreis Düren", replies[0].Text);
        Assert.Equal(["Amira Beispielhaus", "Jonas Modell"], replies.Where(reply => reply.Facts.Count > 0).Select(reply => reply.Title));
        Assert.All(replies[^1].Actions, action => Assert.Equal(ShowLksContact.Verb, action.Verb));
    }

    [Fact]
    public async Task My_contact_without_profile_asks_for_the_region_with_the_profile_button()
    {
        var replies = await AskAsync("Wer ist mein Ansprechpartner?");

        var reply = Assert.Single(replies);
        Assert.Equal("profile.edit", Assert.Single(reply.Actions).Verb);
    }

    [Fact]
    public async Task Contact_for_a_gemeinde_names_its_kreis_and_shows_the_kreis_contacts()
    {
        var replies = await AskAsync("Ansprechpartner in Lübbecke", profileRegion: "Hamm");

        Assert.Contains("**Lübbecke** liegt im Kreis Minden-Lübbecke (Regierungsbezirk Detmold)", replies[0].Text);
        Assert.DoesNotContain("Profil", replies[0].Text);
        Assert.Equal(["Sarah Ersatz", "Tobias Entwurf"], replies.Where(reply => reply.Facts.Count > 0).Select(reply => reply.Title));
    }

    [Fact]
    public async Task Contact_for_a_region_without_local_office_says_so_and_still_gives_the_mobile_beratung()
    {
        var replies = await AskAsync("Kontakt Kreis Lippe");

        TextAssert.Contains(ContactsTexts.NoLocalOffice, replies[0].Text);
        Assert.Equal("Tobias Entwurf", Assert.Single(replies, reply => reply.Facts.Count > 0).Title);
    }

    [Fact]
    public async Task A_typo_is_answered_and_the_reading_is_said()
    {
        var replies = await AskAsync("Ansprechpartner Gelsenkirchn");

        Assert.Contains("„Gelsenkirchn“ als **Gelsenkirchen** verstanden", replies[0].Text);
        Assert.Contains(replies, reply => reply.Title == "Mia Modellbauer");
    }

    [Fact]
    public async Task Mobile_beratung_for_a_city_is_the_office_of_its_regierungsbezirk()
    {
        var replies = await AskAsync("mobile Beratung Köln");

        var card = Assert.Single(replies);
        Assert.Equal("Jonas Modell", card.Title);
        Assert.Contains("Regierungsbezirk Köln", card.Text);
    }

    [Fact]
    public async Task Ambiguous_place_is_asked_back_with_buttons_that_answer_the_same_question()
    {
        var replies = await AskAsync("Kontaktliste Gladbach");

        var question = Assert.Single(replies);
        Assert.Equal(["Bergisch Gladbach (Gemeinde im Rheinisch-Bergischen Kreis)", "Mönchengladbach (kreisfreie Stadt)"], question.Actions.Select(action => action.Label).Order());
        var choice = question.Actions.Single(action => action.Label.StartsWith("Mönchengladbach", StringComparison.Ordinal));
        Assert.Equal(ChoosePlace.Verb, choice.Verb);

        var next = Turn(verb: choice.Verb, values: choice.Data!.ToDictionary());
        await Feature().OnPlaceChosenAsync(next, ChoosePlace.Bind(choice.Data!)!, CancellationToken.None);

        Assert.Equal("Kontaktliste Mönchengladbach", Assert.Single(next.Replies).Title);
    }

    [Fact]
    public async Task Ambiguity_buttons_work_through_the_route_table_also_by_number_on_text_channels()
    {
        var routes = new RouteTable().AddContacts(Feature());
        var router = new TurnRouter(routes, null!);
        var conversation = new ConversationData();
        var user = new UserData { ProfileOffered = true };
        FeatureTurn TextTurn(string text) => new(new TurnInput { Text = text, User = new UserRef("u", "U"), ChannelHasCards = false }, conversation, user, TimeProvider.System);

        var first = TextTurn("Ansprechpartner in Gladbach");
        await router.RouteAsync(first, CancellationToken.None);
        var number = first.Replies.Single().Actions.ToList().FindIndex(action => action.Label.StartsWith("Bergisch", StringComparison.Ordinal)) + 1;
        var second = TextTurn(number.ToString());
        await router.RouteAsync(second, CancellationToken.None);

        Assert.Contains("**Bergisch Gladbach** liegt im Rheinisch-Bergischen Kreis", second.Replies[0].Text);
    }

    [Fact]
    public async Task Contact_list_of_a_regierungsbezirk_has_an_email_to_all_link()
    {
        var replies = await AskAsync("Kontaktliste Regierungsbezirk Detmold");

        var list = Assert.Single(replies);
        Assert.Equal("Kontaktliste Regierungsbezirk Detmold", list.Title);
        var mailto = Assert.Single(list.Links, link => link.Label == ContactsTexts.EmailAll.German).Url;
        Assert.StartsWith("mailto:", mailto);
        Assert.Equal(
            new[] { "laura.fiktiv@example.org", "mb-detmold@example.org", "sarah.ersatz@example.org", "yusuf.exemplar@example.org" },
            mailto["mailto:".Length..].Split(',').Order());
        Assert.Contains("yusuf.exemplar@example.org", list.Text);
    }

    [Fact]
    public async Task Address_list_of_my_region_covers_the_regierungsbezirk_of_the_profile()
    {
        var replies = await AskAsync("Adressenliste meiner Region", "Kreis Euskirchen");

        var list = Assert.Single(replies);
        Assert.Equal("Kontaktliste Regierungsbezirk Köln", list.Title);
        string[] expected = ["amira.beispielhaus@example.org", "clara.probenhaus@example.org", "julia.entwurfstein@example.org", "mb-koeln@example.org",
            "felix.musterfeld@example.org", "paul.vorlagemann@example.org"];
        Assert.Equal(expected.Order(), list.Links.Single().Url["mailto:".Length..].Split(',').Order());
    }

    [Fact]
    public async Task Peers_reply_lists_the_nearest_first_and_says_how_near()
    {
        var replies = await AskAsync("Wer macht noch Bestandsanalysen?", "Kreis Euskirchen");

        var reply = Assert.Single(replies);
        var text = reply.Text!;
        Assert.True(text.IndexOf("Gleiche Region: Kreis Euskirchen", StringComparison.Ordinal) < text.IndexOf("Gleicher Regierungsbezirk: Köln", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Amira Beispielhaus", StringComparison.Ordinal) < text.IndexOf(ContactsTexts.HeadingElsewhere.German, StringComparison.Ordinal));
        Assert.True(text.IndexOf(ContactsTexts.HeadingElsewhere.German, StringComparison.Ordinal) < text.IndexOf("Kerem Attrappe", StringComparison.Ordinal));
        Assert.Equal("Paul Vorlagemann", reply.Actions[0].Label);
    }

    [Fact]
    public async Task Peers_for_an_lks_topic_show_the_lks_person()
    {
        var replies = await AskAsync("Wer macht Fortbildungen?", "Hamm");

        Assert.Equal("Mehmet Muster", Assert.Single(replies).Title);
    }

    [Fact]
    public async Task Peers_without_topic_ask_for_one_with_buttons()
    {
        var replies = await AskAsync("Kolleg*innen finden, die ähnliche Projekte machen");

        var reply = Assert.Single(replies);
        Assert.All(reply.Actions, action => Assert.Equal(ShowPeers.Verb, action.Verb));
        Assert.Contains("Bestandsanalyse", reply.Text);
    }

    [Fact]
    public void Contact_card_has_facts_and_the_teams_email_and_phone_buttons()
    {
        var card = Feature().Cards.Card(Contact("lokal-solingen"), Nearness.SameRegierungsbezirk);

        Assert.Equal("Emre Skizzenberg", card.Title);
        Assert.Equal(
            [("Rolle", "Fachkraft NRWeltoffen"), ("Organisation", "Stadt Solingen, Büro NRWeltoffen"), ("Region", "Solingen"), ("Themen", "Schule, Demokratiekonferenz"),
             ("E-Mail", "emre.skizzenberg@example.org"), ("Telefon", "+49 221 4710 310"), ("Nähe", "gleicher Regierungsbezirk (Düsseldorf)")],
            card.Facts.Select(fact => (fact.Label, fact.Value)));
        Assert.Equal(
            [("Chat in Teams", "https://teams.microsoft.com/l/chat/0/0?users=emre.skizzenberg@example.org"), ("E-Mail", "mailto:emre.skizzenberg@example.org"), ("Anrufen", "tel:+492214710310")],
            card.Links.Select(link => (link.Label, link.Url)));
        TextAssert.Contains(ContactsTexts.SampleNote, card.Note);
    }

    [Fact]
    public async Task Card_button_shows_the_card_and_an_unknown_id_says_so()
    {
        var feature = Feature();
        var known = Turn(verb: ShowContact.Verb, values: new() { [ShowContact.IdKey] = "mb-muenster" });
        var unknown = Turn(verb: ShowContact.Verb, values: new() { [ShowContact.IdKey] = "weg" });

        await feature.ShowCardAsync(known, ShowContact.Bind(known.Input.Values)!, CancellationToken.None);
        await feature.ShowCardAsync(unknown, ShowContact.Bind(unknown.Input.Values)!, CancellationToken.None);

        Assert.Equal("Elif Schablone", known.Replies.Single().Title);
        TextAssert.Equal(ContactsTexts.UnknownContact, unknown.Replies.Single().Text);
    }

    [Fact]
    public async Task On_text_channels_the_card_carries_the_same_facts_and_links()
    {
        var cardTurn = Turn("mobile Beratung Münster");
        var textTurn = Turn("mobile Beratung Münster", cards: false);

        await AskAsync(cardTurn);
        await AskAsync(textTurn);

        Assert.Equal(cardTurn.Replies.Single().Facts, textTurn.Replies.Single().Facts);
        Assert.Equal(cardTurn.Replies.Single().Links, textTurn.Replies.Single().Links);
        Assert.Contains(textTurn.Replies.Single().Facts, fact => fact.Value == "mb-muenster@example.org");
    }

    [Theory]
    [InlineData("Wie fülle ich den Verwendungsnachweis aus?", "Jana Beispiel")]
    [InlineData("oeffentlichkeitsarbeit", "Lukas Exempel")]
    public void Lks_offer_names_the_person_for_the_topic(string topicOrText, string person)
    {
        var lks = new LksContacts(Shipped);

        Assert.Equal(person, Assert.Single(lks.For(topicOrText)).Name);
        Assert.Contains(person, lks.OfferHuman(topicOrText).Title);
    }

    [Fact]
    public void Lks_offer_without_a_clear_topic_offers_the_team()
    {
        var reply = new LksContacts(Shipped).OfferHuman("Ich habe ein Problem");

        Assert.Equal(4, reply.Actions.Count);
        Assert.Equal(4, new LksContacts(Shipped).For(null).Count);
    }

    [Theory]
    [InlineData("Bescheid oder Vertrag bei der Weiterleitung?")]
    [InlineData("Wie halte ich Kontakt zu den Trägern?")]
    [InlineData("Ich brauche Unterstützung bei der Bestandsanalyse")]
    public async Task Messages_that_are_no_contact_question_are_left_to_other_features(string text)
    {
        var turn = Turn(text);
        Assert.False(await Feature().TryAnswerAsync(turn, CancellationToken.None));
        Assert.Empty(turn.Replies);
    }
}
