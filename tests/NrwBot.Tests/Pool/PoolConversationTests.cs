using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Pool;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Pool;

/// <summary>
/// The Kompetenzpool through the real pipeline: a profile made with the form (consent needed, stored before the bot
/// confirms), found by „Wer kennt sich mit … aus?“ together with the directory's offices, nearest first, hidden after
/// twelve months without confirmation (its owner asked once), edited, deleted, and refused outside Teams.
/// </summary>
public sealed class PoolConversationTests
{
    private static readonly TestPerson Dana = new("29:user-dana", "Dana Paderborner", "aad-dana-0005");

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_profile_saved_with_consent_is_stored_before_the_bot_confirms_and_shown_in_Mein_Kompetenzprofil(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var erika = host.Channel(TestPerson.Erika);
        await SetRegionAsync(host, erika, "Kreis Düren");

        var form = await host.TurnAsync(erika, "Mein Kompetenzprofil");
        var started = await host.TurnAsync(erika, ActivityAssert.Click(form, EditPoolProfile.Verb));
        var saved = RequestsHost.Visible(await host.TurnAsync(erika, Profile("Schule, Argumentationstraining", email: "erika@kreis-dueren.example")));
        var stored = await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None);
        var shown = await host.TextOfTurnAsync(erika, "Mein Kompetenzprofil");

        TextAssert.Contains(PoolTexts.None, RequestsHost.Visible(form));
        Assert.Contains(CompetenceProfileFlow.ConsentField, ActivityAssert.InputIds(started.Last()));
        TextAssert.Contains(PoolTexts.Saved, saved);
        Assert.NotNull(stored);
        Assert.Equal(["schule"], stored.TopicIds);
        Assert.Equal(["Argumentationstraining"], stored.Tags);
        Assert.Equal(("Erika Musterfrau", "Kreis Düren", CompetenceOffers.Austausch | CompetenceOffers.Vortrag), (stored.Name, stored.Region, stored.Offers));
        TextAssert.Contains(PoolTexts.Visible, shown);
        Assert.Contains("Argumentationstraining", shown);
        Assert.Contains("erika@kreis-dueren.example", shown);
    }

    [Fact]
    public async Task Without_consent_or_with_bad_values_nothing_is_stored_and_the_form_says_why()
    {
        await using var host = await RequestsHost.StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        await SetRegionAsync(host, erika, "Kreis Düren");
        await host.TurnAsync(erika, "Kompetenzprofil bearbeiten");

        var noConsent = RequestsHost.Visible(await host.TurnAsync(erika, Profile("Schule", consent: "false")));
        var longTag = RequestsHost.Visible(await host.TurnAsync(erika, Profile(new string('x', 200))));
        var huge = RequestsHost.Visible(await host.TurnAsync(erika, Profile(new string('x', 10_000))));
        var badMail = RequestsHost.Visible(await host.TurnAsync(erika, Profile("Schule", email: "javascript:alert(1)")));
        var empty = RequestsHost.Visible(await host.TurnAsync(erika, Profile(" , ")));

        TextAssert.Contains(PoolTexts.ConsentMissing, noConsent);
        Assert.Contains("zu lang für ein Stichwort", longTag);
        Assert.Contains("zu lang", huge);
        Assert.Contains("ist keine E-Mail-Adresse", badMail);
        TextAssert.Contains(PoolTexts.TopicsMissing, empty);
        Assert.Null(await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None));
    }

    [Fact]
    public async Task The_pool_needs_Teams_a_profile_region_and_the_personal_chat()
    {
        await using var host = await RequestsHost.StartAsync();
        var webChat = host.Channel(TestPerson.Erika, channelId: "webchat");
        var erika = host.Channel(TestPerson.Erika);

        var fromWebChat = await host.TextOfTurnAsync(webChat, ActivityAssert.Submit(EditPoolProfile.Verb));
        var withoutRegion = await host.TextOfTurnAsync(erika, "Kompetenzprofil anlegen");
        await SetRegionAsync(host, erika, "Kreis Düren");
        var inChannel = await host.TextOfTurnAsync(host.Channel(TestPerson.Erika, conversationType: "channel", conversationId: "19:general@thread.tacv2"),
            Mentioning("Kompetenzprofil anlegen"));

        TextAssert.Contains(PoolTexts.NeedsTeams, fromWebChat);
        TextAssert.Contains(PoolTexts.NeedsProfile, withoutRegion);
        TextAssert.Contains(PoolTexts.PersonalOnly, inChannel);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Wer_kennt_sich_aus_lists_pool_people_and_directory_offices_together_nearest_first(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        await CreateAsync(host, TestPerson.Erika, "Kreis Düren", "Beteiligungsforen, Argumentationstraining");
        await CreateAsync(host, Dana, "Kreis Paderborn", "Beteiligungsforen");
        await CreateAsync(host, TestPerson.Carl, "Bielefeld", "Schule");
        var asker = host.Channel(TestPerson.Ben);

        var forums = await host.TurnAsync(asker, "Wer hat Erfahrung mit Beteiligungsforen im Kreis Paderborn?");
        var training = await host.TextOfTurnAsync(asker, "Wer kennt sich mit Argumentationstrainings aus?");
        var nobody = await host.TextOfTurnAsync(asker, "Wer kennt sich mit Origami aus?");
        var card = await host.TextOfTurnAsync(asker, ActivityAssert.Click(forums, ShowPoolProfile.Verb));

        var list = RequestsHost.Visible(forums);
        Assert.Contains("Dana Paderborner", list);
        Assert.Contains("Erika Musterfrau", list);
        Assert.DoesNotContain("Carl Klein", list);
        Assert.True(list.IndexOf("Dana Paderborner", StringComparison.Ordinal) < list.IndexOf("Erika Musterfrau", StringComparison.Ordinal),
            "the colleague in Kreis Paderborn comes before the one in Kreis Düren");
        var directoryOffices = host.Services.GetRequiredService<ContactDirectory>()
            .Peers(host.Services.GetRequiredService<ContactDirectory>().TopicById("beteiligungsforen")!, null);
        Assert.All(directoryOffices, office => Assert.Contains(office.Contact.Name, list));
        TextAssert.Contains(ContactsTexts.PoolNote, list);
        Assert.Contains("Erika Musterfrau", training);
        Assert.DoesNotContain("Dana Paderborner", training);
        Assert.DoesNotContain("Erika Musterfrau", nobody);
        Assert.Contains("(Kompetenzpool)", card);
    }

    [Fact]
    public async Task A_profile_unconfirmed_for_twelve_months_is_hidden_its_owner_asked_once_and_a_confirmation_shows_it_again()
    {
        await using var host = await RequestsHost.StartAsync();
        await CreateAsync(host, Dana, "Kreis Paderborn", "Beteiligungsforen");
        var renewal = host.Services.GetRequiredService<PoolRenewal>();
        var asker = host.Channel(TestPerson.Carl);
        var danaKey = Dana.Key;

        var early = await renewal.SendDueAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromDays(370));
        var hiddenList = await host.TextOfTurnAsync(asker, "Wer kennt sich mit Beteiligungsforen aus?");
        var asked = await renewal.SendDueAsync(CancellationToken.None);
        var again = await renewal.SendDueAsync(CancellationToken.None);
        var question = Assert.Single(host.Sender.To(danaKey));
        var confirmed = await host.TextOfTurnAsync(host.Channel(Dana), ActivityAssert.Submit(ConfirmPoolProfile.Verb));
        var shownAgain = await host.TextOfTurnAsync(asker, "Wer kennt sich mit Beteiligungsforen aus?");

        Assert.Equal((0, 1, 0), (early, asked, again));
        Assert.DoesNotContain("Dana Paderborner", hiddenList);
        Assert.Equal(PoolTexts.RenewalTitle.German, question.Title);
        Assert.Contains(question.Actions, action => action.Verb == ConfirmPoolProfile.Verb);
        TextAssert.Contains(PoolTexts.Confirmed, confirmed);
        Assert.Contains("Dana Paderborner", shownAgain);
    }

    [Fact]
    public async Task Bearbeiten_starts_from_the_stored_profile_and_a_change_replaces_it()
    {
        await using var host = await RequestsHost.StartAsync();
        await CreateAsync(host, TestPerson.Erika, "Kreis Düren", "Schule, Argumentationstraining");
        var erika = host.Channel(TestPerson.Erika);

        var form = await host.TurnAsync(erika, ActivityAssert.Submit(EditPoolProfile.Verb));
        await host.TurnAsync(erika, Profile("Demokratiekonferenz"));
        var stored = await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None);

        var card = ActivityAssert.Card(form.Last()).ToString();
        Assert.Contains("Schule, Argumentationstraining", card);
        Assert.Equal(["demokratiekonferenz"], stored!.TopicIds);
        Assert.Empty(stored.Tags);
    }

    [Fact]
    public async Task A_changed_profile_is_found_by_its_new_words_right_after_the_change_also_when_another_instance_changed_it()
    {
        await using var host = await RequestsHost.StartAsync();
        await CreateAsync(host, TestPerson.Erika, "Kreis Düren", "Argumentationstraining");
        var asker = host.Channel(TestPerson.Ben);
        Assert.Contains("Erika Musterfrau", await host.TextOfTurnAsync(asker, "Wer kennt sich mit Argumentationstrainings aus?"));

        // Edited in the conversation …
        await host.TurnAsync(host.Channel(TestPerson.Erika), Profile("Argumentationstraining, Zirkuspädagogik"));
        var edited = await host.TextOfTurnAsync(asker, "Wer kennt sich mit Zirkuspädagogik aus?");
        // … and changed in the database the way another instance would, past anything this instance knows.
        var stored = await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None);
        await Store(host).SaveAsync(stored! with { Tags = ["Origamikurse"] }, CancellationToken.None);
        var changedElsewhere = await host.TextOfTurnAsync(asker, "Wer kennt sich mit Origamikursen aus?");
        var oldWord = await host.TextOfTurnAsync(asker, "Wer kennt sich mit Zirkuspädagogik aus?");

        Assert.Contains("Erika Musterfrau", edited);
        Assert.Contains("Erika Musterfrau", changedElsewhere);
        Assert.DoesNotContain("Erika Musterfrau", oldWord);
    }

    [Fact]
    public async Task Loeschen_asks_first_deletes_once_and_a_forged_or_stale_card_changes_nothing()
    {
        await using var host = await RequestsHost.StartAsync();
        await CreateAsync(host, TestPerson.Erika, "Kreis Düren", "Schule");
        await CreateAsync(host, Dana, "Kreis Paderborn", "Schule");
        var erika = host.Channel(TestPerson.Erika);
        var dana = await Store(host).FindAsync(Dana.Key, CancellationToken.None);

        var asked = await host.TextOfTurnAsync(erika, "Kompetenzprofil löschen");
        var kept = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(KeepPoolProfile.Verb));
        var stillThere = await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None);
        // A card carrying Dana's public id cannot make the delete button act on her profile: it acts on the clicker's own.
        var deleted = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(DeletePoolProfile.Verb, (ShowPoolProfile.IdKey, dana!.PublicId)));
        var twice = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(DeletePoolProfile.Verb));
        var unknown = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(ShowPoolProfile.Verb, (ShowPoolProfile.IdKey, "not-a-profile")));

        TextAssert.Contains(PoolTexts.DeleteQuestion, asked);
        TextAssert.Contains(PoolTexts.Kept, kept);
        Assert.NotNull(stillThere);
        TextAssert.Contains(PoolTexts.Deleted, deleted);
        TextAssert.Contains(PoolTexts.NothingToDelete, twice);
        TextAssert.Contains(PoolTexts.UnknownPerson, unknown);
        Assert.Null(await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None));
        Assert.NotNull(await Store(host).FindAsync(Dana.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Meine_Daten_shows_the_profile_and_Meine_Daten_loeschen_removes_it()
    {
        await using var host = await RequestsHost.StartAsync();
        await CreateAsync(host, TestPerson.Erika, "Kreis Düren", "Schule, Argumentationstraining");
        var erika = host.Channel(TestPerson.Erika);

        var shown = await host.TextOfTurnAsync(erika, "Meine Daten");
        await host.TurnAsync(erika, "Meine Daten löschen");
        await host.TurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));

        Assert.Contains("Kompetenzprofil (für alle im Netzwerk sichtbar)", shown);
        Assert.Contains("Argumentationstraining", shown);
        Assert.Null(await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None));
    }

    [Fact]
    public async Task A_double_click_or_a_redelivered_submit_keeps_one_profile_with_one_public_id()
    {
        await using var host = await RequestsHost.StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        await SetRegionAsync(host, erika, "Kreis Düren");
        var submit = Profile("Schule");
        submit.Id = "pool-submit-1";

        await host.TurnAsync(erika, submit);
        var first = await Store(host).FindAsync(TestPerson.Erika.Key, CancellationToken.None);
        await host.TurnAsync(erika, Profile("Schule"));
        var redelivered = Profile("Schule");
        redelivered.Id = "pool-submit-1";
        await host.TurnAsync(erika, redelivered);

        var visible = await Store(host).VisibleAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(first!.PublicId, Assert.Single(visible).PublicId);
    }

    private static ICompetencePoolStore Store(RequestsHost host) => host.Services.GetRequiredService<ICompetencePoolStore>();

    private static async Task SetRegionAsync(RequestsHost host, TestAdapter chat, string region) =>
        await host.TurnAsync(chat, ActivityAssert.Submit("profile.submit", ("region", region), ("role", "fachkraft")));

    private static async Task CreateAsync(RequestsHost host, TestPerson person, string region, string topics)
    {
        var chat = host.Channel(person);
        await SetRegionAsync(host, chat, region);
        var saved = await host.TextOfTurnAsync(chat, Profile(topics));
        TextAssert.Contains(PoolTexts.Saved, saved);
    }

    private static Activity Profile(string topics, string consent = "true", string email = "") => ActivityAssert.Submit("competence.submit",
        (CompetenceProfileFlow.TopicsField, topics), (CompetenceProfileFlow.MethodsField, "Planspiel"), (CompetenceProfileFlow.LanguagesField, "Deutsch"),
        (CompetenceProfileFlow.AustauschField, "true"), (CompetenceProfileFlow.HospitationField, "false"), (CompetenceProfileFlow.VortragField, "true"),
        (CompetenceProfileFlow.EmailField, email), (CompetenceProfileFlow.ConsentField, consent));

    private static Activity Mentioning(string text)
    {
        var mention = new Entity();
        mention.SetAs(new Mention { Mentioned = new ChannelAccount("28:nrwbot", "NrwBot"), Text = "<at>NrwBot</at>" });
        return new Activity { Type = ActivityTypes.Message, Text = "<at>NrwBot</at> " + text, Entities = [mention] };
    }
}
